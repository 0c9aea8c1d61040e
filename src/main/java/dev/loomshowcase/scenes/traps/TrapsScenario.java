package dev.loomshowcase.scenes.traps;

import dev.loomshowcase.scenario.Cells;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scene;
import dev.loomshowcase.engine.Analysis;
import dev.loomshowcase.engine.Ceiling;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Comparison;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The seed's four interview traps, each a claim put to a measurement.
 *
 * <p>Hypothesis (seed): all four claims are wrong. (1) Virtual threads make code concurrent, not
 * parallel: CPU work on 1 carrier gets no speedup. (2) Concurrency costs something: tiny tasks get
 * slower with a thread each. (3) Carriers beyond the cores only take turns: parallelism 100 is no
 * faster than parallelism = cores. (4) Splitting small work costs more than it saves. Each verdict
 * below is computed from this run's cells by {@link TrapsJudge}; if a number disagrees with the seed,
 * the verdict says so.
 *
 * <p>Run it alone: {@code scripts/showcase traps --quick}, or from an IDE {@code dev.loomshowcase.cli.Main}
 * with the program arguments {@code traps --quick}.
 */
public final class TrapsScenario implements Scene {

    /** The scene\'s name on the command line and in the report. */
    public static final String NAME = "traps";
    /**
     * The workload of trap 4 ("parallel is always better"): the sum scene's split sum, whole or in slices
     * ({@code scenes.sum.SplitSumWorkload}, the seed's own code), named here so that this scene needs
     * nothing else from the sum scene.
     */
    public static final String SPLIT_SUM = "trap-split";

    /** The parameter naming a cell's experiment. */
    static final String EXPERIMENT = "experiment";
    static final String CPU = "cpu";
    static final String TINY = "tiny";
    static final String SMALL = "small";
    static final String LARGE = "large";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "interview traps: four claims about concurrency, each put to a measurement";
    }

    @Override
    public String hypothesis() {
        return "Seed: all four are traps. Expect no speedup from virtual threads on 1 carrier, tiny tasks slower "
                + "with a thread each, parallelism 100 no faster than the cores, and a small split sum slower than a plain loop.";
    }

    @Override
    public boolean needsStubs() {
        return false;
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        boolean quick = options.mode() == RunMode.QUICK;
        int cores = cores();
        int reps = options.mode().repetitions();
        int warmups = options.mode().warmups();
        Map<String, String> cpu = Map.of(EXPERIMENT, CPU, "tasks", "100", "iterations", quick ? "400000" : "3000000");
        Map<String, String> tiny = Map.of(EXPERIMENT, TINY, "tasks", "10000", "size", "50");
        List<CellSpec> cells = new ArrayList<>();
        cells.add(new CellSpec(CpuTasksWorkload.NAME, ThreadModel.SEQUENTIAL, 1, warmups, reps, cpu));
        for (int carriers : List.of(1, cores, 100).stream().distinct().toList()) {
            cells.add(new CellSpec(CpuTasksWorkload.NAME, ThreadModel.VIRTUAL, carriers, warmups, reps, cpu));
        }
        cells.add(new CellSpec(TinyTasksWorkload.NAME, ThreadModel.SEQUENTIAL, 1, warmups + 4, reps + 4, tiny));
        cells.add(new CellSpec(TinyTasksWorkload.NAME, ThreadModel.VIRTUAL, 1, warmups + 4, reps + 4, tiny));
        addSplit(cells, SMALL, 10_000, cores, 200);
        if (!quick) {
            addSplit(cells, LARGE, 16_000_000, cores, 10);
        }
        return cells;
    }

    private static void addSplit(List<CellSpec> cells, String experiment, int size, int cores, int reps) {
        Map<String, String> params = Map.of(EXPERIMENT, experiment, "size", Integer.toString(size));
        cells.add(new CellSpec(SPLIT_SUM, ThreadModel.SEQUENTIAL, 1, reps, reps + 1, params));
        cells.add(new CellSpec(SPLIT_SUM, ThreadModel.PLATFORM_PER_TASK, cores, reps, reps + 1, params));
    }

    static int cores() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        return Duration.ofSeconds(120);
    }

    /** Wall time against the sequential cell, with the cpu experiment's ceiling. */
    @Override
    public Comparison comparison() {
        return Comparison.SEQUENTIAL_WALL.withCeilings(TrapsScenario::ceiling);
    }

    /** Each experiment is judged against its own sequential cell. */
    @Override
    public List<CellResult> analyse(List<CellOutcome> outcomes) {
        Map<String, List<CellOutcome>> byExperiment = new LinkedHashMap<>();
        outcomes.forEach(o -> byExperiment.computeIfAbsent(experiment(o.spec()), k -> new ArrayList<>()).add(o));
        List<CellResult> cells = new ArrayList<>();
        byExperiment.forEach((experiment, group) -> Analysis.analyse(group, comparison()).stream()
                .map(c -> withExperiment(c, experiment)).forEach(cells::add));
        return cells;
    }

    /** Which experiment a cell belongs to ({@link #CPU}, {@link #TINY}, or the split sum's), as its plan named it. */
    static String experiment(CellSpec spec) {
        return spec.param(EXPERIMENT);
    }

    /**
     * The cpu experiment's 100 equal CPU-bound tasks can go at most min(carriers, cores) times faster
     * than one thread; a higher speedup means the sequential baseline was slowed, not a result.
     */
    static Optional<Ceiling> ceiling(CellSpec spec) {
        if (!CPU.equals(experiment(spec)) || spec.model() == ThreadModel.SEQUENTIAL) {
            return Optional.empty();
        }
        int cores = spec.cores() > 0 ? spec.cores() : Runtime.getRuntime().availableProcessors();
        int k = Math.min(spec.carriers(), cores);
        return Optional.of(new Ceiling(k, "100 equal CPU-bound tasks on " + k + " core(s) at once"));
    }

    private static CellResult withExperiment(CellResult cell, String experiment) {
        return cell.withExtra("experiment", experiment).withExtra(CellResult.LABEL_NOTE, experiment);
    }

    @Override
    public List<String> notes(List<CellResult> cells, RunOptions options) {
        return List.of("Experiments: cpu = 100 CPU-bound tasks; tiny = 10,000 tasks of a 50-number sum; "
                + "small = a 10,000-number sum, whole vs split" + (options.mode() == RunMode.QUICK ? "" : "; large = the same with 16,000,000 numbers")
                + ". Each is compared with its own sequential cell (listed in that order above).");
    }

    @Override
    public String picture(ScenarioResult result) {
        List<TrapFinding> findings = TrapsJudge.judgeAll(new Experiments(result.cells()), cores());
        StringBuilder out = new StringBuilder("\n");
        for (int i = 0; i < findings.size(); i++) {
            TrapFinding f = findings.get(i);
            out.append(String.format(Locale.ROOT, "Trap %d: \"%s\"%n", i + 1, f.claim()));
            out.append("  experiment: ").append(f.experiment()).append('\n');
            out.append("  measured:   ").append(f.measured()).append('\n');
            out.append("  verdict:    ").append(f.verdict()).append(" - ").append(f.why()).append("\n\n");
        }
        return out.toString();
    }

    /** The measured cells, looked up by experiment. */
    record Experiments(List<CellResult> all) {

        Optional<CellResult> find(String experiment, ThreadModel model, int carriers) {
            return Cells.measured(all.stream().filter(c -> experiment.equals(c.extras().get("experiment"))).toList(),
                    model, carriers);
        }

        Optional<CellResult> cpu(ThreadModel model, int carriers) {
            return find(CPU, model, carriers);
        }

        Optional<CellResult> tiny(ThreadModel model, int carriers) {
            return find(TINY, model, carriers);
        }

        Optional<CellResult> split(String size, int carriers) {
            return find(size, ThreadModel.PLATFORM_PER_TASK, carriers);
        }
    }
}
