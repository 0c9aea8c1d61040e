package dev.loomshowcase.scenario;

import dev.loomshowcase.engine.Analysis;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Comparison;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One question the showcase answers by measurement: which cells to run, and what to expect.
 *
 * <p>Implementations open with their hypothesis, so a speaker can read it aloud before the numbers.
 */
public interface Scenario {

    /** Command-line name, e.g. {@code fetch-all}. */
    String name();

    /** One line: what is measured. */
    String title();

    /** What the seed predicts, what to expect here, and when virtual threads will not help. */
    String hypothesis();

    /** The same, in the figures of the mode that runs (a quick run's shorter delays, say); by default as above. */
    default String hypothesis(RunOptions options) {
        return hypothesis();
    }

    /**
     * The row of the seed's decision matrix this scenario measures, with the seed's predictions;
     * empty (the default) for scenarios outside the matrix.
     */
    default Optional<MatrixRow> matrixRow() {
        return Optional.empty();
    }

    /** True when the cells call the downstream stubs. */
    boolean needsStubs();

    /**
     * True (the default) when the embedded stubs should keep a request journal. Load scenarios say
     * false: keeping the journal costs the stubs CPU on every request.
     */
    default boolean stubJournal() {
        return true;
    }

    /**
     * Measures, once per run and before any cell is planned, what the plan depends on (e.g. the n for
     * which fib takes about a second here), and returns the options with those measurements added as
     * parameters. Nothing to measure by default.
     */
    default RunOptions prepare(RunOptions options) {
        return options;
    }

    /**
     * The cells to run, the sequential baseline first: a pure function of the {@link #prepare prepared}
     * options, so the main job can count the cells and run them from one preparation.
     * {@code options.stubs()} is set when needed.
     */
    List<CellSpec> plan(RunOptions options);

    /** The watchdog limit of one cell's child JVM. */
    Duration cellTimeout(CellSpec spec);

    /**
     * How many child JVMs measure one cell (their samples pooled); 1 by default. Worth more where
     * the JIT's choices vary between JVMs more than the work varies within one (e.g. recursive fib).
     */
    default int forks(CellSpec spec) {
        return 1;
    }

    /**
     * What the cells are compared with and by: the baseline, the metric, any ceiling the scenario
     * states. By default each cell's wall time against the sequential cell's. The engine judges from it.
     */
    default Comparison comparison() {
        return Comparison.SEQUENTIAL_WALL;
    }

    /**
     * Turns the cells' raw outcomes into analysed cells. By default the engine judges them as
     * {@link #comparison()} declares; scenarios with their own kind of result (a structured guarantee
     * held or broken, a pitfall against its fixed twin) override this, and still return cells in the
     * common format.
     */
    default List<CellResult> analyse(List<CellOutcome> outcomes) {
        return Analysis.analyse(outcomes, comparison());
    }

    /**
     * Findings beside the table, from outcomes that are not cells of it (e.g. the server's rate sweep
     * and knees): JSON fields and notes. {@link #analyse} leaves such outcomes out; none by default.
     */
    default ScenarioFindings findings(List<CellOutcome> outcomes) {
        return ScenarioFindings.NONE;
    }

    /** Observations computed from the measured cells, printed under the table. */
    default List<String> notes(List<CellResult> cells, RunOptions options) {
        return List.of();
    }
}
