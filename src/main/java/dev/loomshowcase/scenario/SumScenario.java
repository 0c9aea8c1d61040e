package dev.loomshowcase.scenario;

import dev.loomshowcase.cli.Main;
import dev.loomshowcase.engine.Analysis;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.VerdictRule;
import dev.loomshowcase.workload.SumWorkload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
 * <p>Run it alone: {@code scripts/showcase sum}, or this class's {@code main} from an IDE.
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
        return "Seed: splitting a sum across goroutines is concurrency; it speeds up only with cores to run the halves. "
                + "Expect no gain on 1 carrier at any size; on N carriers a cost on small arrays, a gain from some size on.";
    }

    @Override
    public boolean needsStubs() {
        return false;
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        RunMode mode = options.mode();
        List<Integer> parts = parts(options.params().getOrDefault(PARTS, "2"));
        List<CellSpec> cells = new ArrayList<>();
        for (int size : sizes(mode)) {
            String sums = Integer.toString(sumsPerRepetition(size, mode));
            Map<String, String> whole = Map.of("size", Integer.toString(size), "sums", sums, "parts", "1");
            cells.add(new CellSpec(name(), ThreadModel.SEQUENTIAL, 1, mode.warmups(), mode.repetitions(), whole));
            for (int k : parts) {
                Map<String, String> split = Map.of("size", Integer.toString(size), "sums", sums, "parts", Integer.toString(k));
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

    /** Sums per repetition: enough elements (~10^8, quick 3x10^7) to time, capped so split small sums stay short. */
    static int sumsPerRepetition(int size, RunMode mode) {
        long elements = mode == RunMode.QUICK ? 30_000_000L : 100_000_000L;
        int cap = mode == RunMode.QUICK ? 5_000 : 20_000;
        return (int) Math.clamp(elements / size, 1, cap);
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
        return Duration.ofSeconds(90 + 20L * (spec.warmups() + spec.repetitions()));
    }

    /** Each size against its own sequential cell; every cell also gets its per-sum time and a case label. */
    @Override
    public List<CellResult> analyse(List<CellOutcome> outcomes) {
        Map<String, List<CellOutcome>> bySize = outcomes.stream().collect(Collectors.groupingBy(
                o -> o.spec().param("size"), LinkedHashMap::new, Collectors.toList()));
        List<CellResult> cells = new ArrayList<>();
        bySize.forEach((size, group) -> {
            List<CellResult> analysed = Analysis.analyse(group, VerdictRule.DEFAULT);
            for (int i = 0; i < group.size(); i++) {
                cells.add(withPerSum(analysed.get(i), group.get(i).spec()));
            }
        });
        return cells;
    }

    static CellResult withPerSum(CellResult cell, CellSpec spec) {
        Map<String, Object> extras = new HashMap<>(cell.extras());
        int size = Integer.parseInt(spec.param("size"));
        int parts = Integer.parseInt(spec.param("parts"));
        extras.put("case", SumNotes.sizeLabel(size) + (parts > 1 ? "/" + parts : ""));
        extras.putIfAbsent("size", size);
        extras.putIfAbsent("parts", parts);
        if (cell.wallMs() != null) {
            double sums = Double.parseDouble(spec.param("sums"));
            Stats wall = cell.wallMs();
            extras.put("perSumUs", new Stats(wall.median() * 1000 / sums, wall.min() * 1000 / sums, wall.max() * 1000 / sums));
        }
        return new CellResult(cell.model(), cell.carriers(), cell.wallMs(), cell.cpuMs(), cell.cpuShare(),
                cell.speedup(), cell.verdict(), cell.reason(), cell.error(), extras);
    }

    @Override
    public List<String> notes(List<CellResult> cells, RunOptions options) {
        return SumNotes.of(cells);
    }

    /** Runs this scenario alone, with the command line's options (e.g. {@code --quick}). */
    public static void main(String[] args) {
        String[] withName = new String[args.length + 1];
        withName[0] = SumWorkload.NAME;
        System.arraycopy(args, 0, withName, 1, args.length);
        System.exit(Main.run(withName));
    }
}
