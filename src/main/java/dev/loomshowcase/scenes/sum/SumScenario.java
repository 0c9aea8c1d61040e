package dev.loomshowcase.scenes.sum;

import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.engine.Analysis;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Comparison;
import dev.loomshowcase.engine.Metric;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.ThreadModel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seed's first example and its exercise 2: summing numbers sequentially or split across 2 (or k)
 * concurrent tasks, swept over sizes from a thousand to a hundred million elements.
 *
 * <p>Hypothesis (seed): splitting is concurrency; it pays only with parallelism (several cores) and
 * only when the work outweighs the cost of starting and joining tasks. Expect: on 1 carrier splitting
 * never pays; on N carriers it costs microseconds per sum on small arrays and pays from some size on.
 * The scenario finds that crossover size on this machine, and what splitting costs below it.
 * For precise sub-millisecond numbers, use the JMH benchmarks ({@code scripts/jmh}).
 *
 * <p>Run it alone: {@code scripts/showcase sum --quick}, or from an IDE {@code dev.loomshowcase.cli.Main}
 * with the program arguments {@code sum --quick};
 * the seed's program itself is {@code dev.loomshowcase.scenes.sum.SumSplit}'s {@code main}.
 */
public final class SumScenario implements Scenario {

    /** Parameter: comma-separated slice counts to try, e.g. {@code 2,4}. */
    public static final String PARTS = "parts";

    @Override
    public String name() {
        return SumWorkload.NAME;
    }

    @Override
    public String title() {
        return "sum: summing 10^3..10^8 numbers, whole vs split into concurrent slices";
    }

    @Override
    public String hypothesis() {
        return SumSplit.HYPOTHESIS;
    }

    @Override
    public boolean needsStubs() {
        return false;
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        RunMode mode = options.mode();
        List<Integer> parts = parts(options.params().getOrDefault(PARTS, "2"));
        String targetMs = Integer.toString(mode == RunMode.QUICK ? 50 : 100);
        List<CellSpec> cells = new ArrayList<>();
        for (int size : sizes(mode)) {
            Map<String, String> whole = Map.of("size", Integer.toString(size), "parts", "1", "targetMs", targetMs);
            cells.add(new CellSpec(name(), ThreadModel.SEQUENTIAL, 1, mode.warmups(), mode.repetitions(), whole));
            for (int k : parts) {
                Map<String, String> split = Map.of("size", Integer.toString(size), "parts", Integer.toString(k),
                        "targetMs", targetMs);
                for (int carriers : options.carriers()) {
                    cells.add(new CellSpec(name(), ThreadModel.VIRTUAL, carriers, mode.warmups(), mode.repetitions(), split));
                }
            }
        }
        return cells;
    }

    /** The sizes swept: 10^3 to 10^8, or to 10^7 in quick mode (10^8 ints are 400 MB per child). */
    static List<Integer> sizes(RunMode mode) {
        int top = mode == RunMode.QUICK ? 7 : 8;
        List<Integer> sizes = new ArrayList<>();
        for (int exponent = 3, size = 1000; exponent <= top; exponent++, size *= 10) {
            sizes.add(size);
        }
        return sizes;
    }

    /** Parses {@code 2,4} into slice counts of at least 2. */
    static List<Integer> parts(String value) {
        List<Integer> parts = Arrays.stream(value.split(",")).map(String::strip).map(Integer::parseInt).distinct().toList();
        if (parts.isEmpty() || parts.stream().anyMatch(k -> k < 2)) {
            throw new IllegalArgumentException("slice counts must be at least 2, got " + value);
        }
        return parts;
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        return Duration.ofSeconds(90 + 10L * (spec.warmups() + spec.repetitions()));
    }

    /**
     * Each size against its own sequential cell, per sum: cells repeat different numbers of sums per
     * repetition, so the engine compares time per operation (a sum), not repetitions.
     */
    @Override
    public Comparison comparison() {
        return Comparison.of(ThreadModel.SEQUENTIAL.id(), Metric.PER_OPERATION).matching("size");
    }

    /** The engine's judgement as {@link #comparison()} declares it, each cell labelled with its case and per-sum time. */
    @Override
    public List<CellResult> analyse(List<CellOutcome> outcomes) {
        return Analysis.analyse(outcomes, comparison()).stream().map(SumScenario::withPerSum).toList();
    }

    /** The cell with its case label ({@code 1e6 split2}, {@code 1e6 whole}; the table shows it as the cell's name) and, when measured, its per-sum time in microseconds. */
    static CellResult withPerSum(CellResult cell) {
        CellResult result = cell;
        Optional<Stats> perSum = Metric.PER_OPERATION.of(cell);
        if (perSum.isPresent()) {
            result = result.withExtra("perSumUs", perSum.get());
        }
        if (cell.extras().get("size") instanceof Number size && cell.extras().get("parts") instanceof Number parts) {
            result = result.withExtra("case", SumNotes.sizeLabel(size.intValue()) + (parts.intValue() > 1 ? " split" + parts : " whole"));
        }
        return result;
    }

    @Override
    public List<String> notes(List<CellResult> cells, RunOptions options) {
        return SumNotes.of(cells);
    }
}
