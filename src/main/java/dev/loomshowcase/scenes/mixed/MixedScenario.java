package dev.loomshowcase.scenes.mixed;

import dev.loomshowcase.scenario.Cells;
import dev.loomshowcase.scenario.MatrixRow;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenario.SeedPrediction;
import dev.loomshowcase.engine.Analysis;
import dev.loomshowcase.engine.CellMain;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.SpeedupBand;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;
import dev.loomshowcase.stubs.StubMappings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The seed's "mixed I/O + CPU" row: each task waits for a downstream call, then hashes the answer.
 *
 * <p>Hypothesis (seed): concurrency is "somewhat faster" on one core (the waits overlap) and "much
 * faster" on several (the CPU part runs in parallel too). Here, with {@code T} tasks each waiting
 * {@code W} and then computing about {@code C = W}: sequential takes {@code T(W+C)}; virtual threads
 * on one carrier about {@code W + T*C} (waits overlap, hashing does not); on N carriers about
 * {@code W + T*C/N}. A platform pool of N threads is the fair rival on N carriers (a pool of one
 * thread is just the sequential cell again, so it is not measured). Virtual threads will not
 * help the CPU part on one carrier: no scheduler can make one core compute twice as fast.
 *
 * <p>Run it alone: {@code scripts/showcase mixed --quick}, or from an IDE {@code dev.loomshowcase.cli.Main}
 * with the program arguments {@code mixed --quick}.
 */
public final class MixedScenario implements Scenario {

    /** Tasks per repetition: enough that both the overlap and the parallel hashing show on 2 cores. */
    static final int DEFAULT_TASKS = 4;
    /** The stub mapping each task waits for: a user's posts. */
    static final String WAITED_MAPPING = "posts";

    /** Parameter: hash rounds per task, calibrated to about one downstream wait unless the user sets them. */
    static final String ROUNDS = "rounds";

    @Override
    public String name() {
        return MixedWorkload.NAME;
    }

    @Override
    public String title() {
        return "mixed: each task fetches posts (a wait), then hashes them (CPU of about the same length)";
    }

    @Override
    public String hypothesis() {
        return Mixed.HYPOTHESIS;
    }

    /** The seed's decision matrix, row {@code mixed}: what the seed predicts on one carrier and on many. */
    @Override
    public Optional<MatrixRow> matrixRow() {
        return Optional.of(new MatrixRow(name(), "Mixed I/O+CPU", name(),
                SeedPrediction.helps("Somewhat faster"), SeedPrediction.helps("Much faster"), "Overlap I/O, parallelize CPU"));
    }

    @Override
    public boolean needsStubs() {
        return true;
    }

    /** Calibrates the hash rounds that take about one downstream wait here, unless the user fixed them. */
    @Override
    public RunOptions prepare(RunOptions options) {
        if (options.params().containsKey(ROUNDS)) {
            return options;
        }
        return options.withParams(Map.of(ROUNDS, Integer.toString(HashChain.calibrate(waitMs(options.mode())))));
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        RunMode mode = options.mode();
        Map<String, String> params = new java.util.HashMap<>(MixedParams.prepared(options.params()).toParams());
        params.put("stubs", String.valueOf(options.stubs()));
        List<CellSpec> cells = new ArrayList<>();
        cells.add(new CellSpec(name(), ThreadModel.SEQUENTIAL, 1, mode.warmups(), mode.repetitions(), params));
        for (int carriers : options.carriers()) {
            cells.add(new CellSpec(name(), ThreadModel.VIRTUAL, carriers, mode.warmups(), mode.repetitions(), params));
            if (!options.inMainJob()) { // the matrix reads no async cell of mixed
                cells.add(new CellSpec(MixedAsync.NAME, ThreadModel.ASYNC, carriers, mode.warmups(), mode.repetitions(), params));
            }
            if (carriers > 1) {
                cells.add(new CellSpec(name(), ThreadModel.PLATFORM_POOL, carriers, mode.warmups(), mode.repetitions(), params));
            }
        }
        return cells;
    }

    /** One downstream wait as this run's stubs serve it: the mapping's delay, scaled with the run mode. */
    static double waitMs(RunMode mode) {
        return StubMappings.located().fixedDelay(WAITED_MAPPING).toMillis() * mode.delayScale();
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        return Duration.ofSeconds(60 + 30L * (spec.warmups() + spec.repetitions()));
    }

    /**
     * The engine's analysis, with each compared cell's reason told in this scenario's terms: whether
     * its waits overlapped and its hashing ran in parallel, each from the cell's own numbers
     * ({@link MixedJudge}), against the sequential cell measured on as many cores.
     */
    @Override
    public List<CellResult> analyse(List<CellOutcome> outcomes) {
        List<CellResult> cells = Analysis.analyse(outcomes, comparison());
        List<CellResult> explained = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            CellOutcome outcome = outcomes.get(i);
            CellResult cell = cells.get(i);
            explained.add(comparison().baselineFor(outcomes, outcome.spec())
                    .map(b -> explain(cell, outcome, cells.get(outcomes.indexOf(b)))).orElse(cell));
        }
        return explained;
    }

    /** A helping, neutral or hurting cell's reason from its numbers; any other cell as the engine left it. */
    static CellResult explain(CellResult cell, CellOutcome outcome, CellResult sequential) {
        if (cell.verdict() != Verdict.HELPS && cell.verdict() != Verdict.NO_EFFECT && cell.verdict() != Verdict.HURTS) {
            return cell;
        }
        int tasks = MixedParams.tasks(outcome.spec().params());
        double wait = Math.max(0, sequential.wallMs().median() - sequential.cpuMs().median()) / tasks;
        String band = cell.extras().get(Analysis.SPEEDUP_BAND) instanceof SpeedupBand b
                ? "; " + (b.holds() ? "held " : "moved ") + b.describe() : "";
        return cell.withVerdict(cell.verdict(), new MixedJudge(cell.speedup(), tasks, wait, cell.wallMs().median(),
                cell.cpuMs().median(), Analysis.effectiveCarriers(outcome)).text() + band);
    }

    @Override
    public List<String> notes(List<CellResult> cells, RunOptions options) {
        Optional<CellResult> sequential = Cells.measured(cells, ThreadModel.SEQUENTIAL, 1);
        if (sequential.isEmpty()) {
            return List.of();
        }
        int tasks = MixedParams.tasks(options.params());
        double wait = waitMs(options.mode());
        double cpu = sequential.get().cpuMs().median() / tasks;
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "Per task: wait ~%.0f ms, hashing ~%.0f ms of CPU (sequential CPU / %d).",
                wait, cpu, tasks));
        for (CellResult cell : cells) {
            if (cell.model() == ThreadModel.VIRTUAL && cell.wallMs() != null) {
                int cores = cell.extras().get(CellMain.CORES) instanceof Number n ? n.intValue() : cell.carriers();
                int split = Math.max(1, Math.min(cell.carriers(), cores));
                double ideal = wait + tasks * cpu / split;
                notes.add(String.format(Locale.ROOT, "%s: %.0f ms measured, %.0f ms if waits overlap and hashing "
                        + "splits over %d core(s).", cell.label(), cell.wallMs().median(), ideal, split));
            }
        }
        return notes;
    }
}
