package dev.loomshowcase.scenes.calculateall;

import dev.loomshowcase.scenario.MatrixRow;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenario.SeedPrediction;
import dev.loomshowcase.engine.Ceiling;
import dev.loomshowcase.engine.CellMain;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Comparison;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seed's CPU-bound {@code calculateAll}: fib(n) three times, n chosen so one call takes ~1 s.
 *
 * <p>Hypothesis (seed): concurrency alone does not help CPU-bound work; on one core three calls
 * still take three seconds, and only parallelism (more cores) shortens them. Here: virtual threads
 * on 1 carrier take as long as the sequential run (no effect); with N carriers the speedup is
 * bounded by the cores. And one JVM detail the seed does not have: virtual threads are not
 * time-sliced, so 3 equal tasks on 2 carriers take two rounds (one task waits for a free carrier),
 * while 3 OS threads time-sliced over 2 cores finish in about 1.5 rounds.
 *
 * <p>Run it alone: {@code scripts/showcase calculate-all --quick}, or from an IDE {@code dev.loomshowcase.cli.Main}
 * with the program arguments {@code calculate-all --quick};
 * the seed's program itself is {@code dev.loomshowcase.scenes.calculateall.CalculateAll}'s {@code main}.
 */
public final class CalculateAllScenario implements Scenario {

    /** Parameter naming a fixed n; without it, n is calibrated. */
    public static final String N = "n";
    /** What one call should take in the standard modes; quick mode scales it by its delay scale. */
    static final Duration TARGET_CALL = Duration.ofSeconds(1);

    /** Parameter saying how n was chosen (calibrated, or fixed by the user), with the calibration's numbers. */
    static final String N_SOURCE = "nSource";
    /** Parameter with the calibration's estimate of one fib(n) call, for the cells' watchdog. */
    static final String CALL_MS = "nCallMs";

    private final FibCalibration calibration;

    public CalculateAllScenario() {
        this(new FibCalibration());
    }

    /** A scenario with its own calibration (tests inject a fake timer). */
    public CalculateAllScenario(FibCalibration calibration) {
        this.calibration = calibration;
    }

    @Override
    public String name() {
        return CalculateAllWorkload.NAME;
    }

    @Override
    public String title() {
        return "calculateAll: fib(n) three times, CPU-bound";
    }

    @Override
    public String hypothesis() {
        return CalculateAll.HYPOTHESIS;
    }

    /**
     * The highest speedup of 3 equal CPU-bound calls: on k carriers that run tasks to completion (virtual
     * threads, a pool of k), ceil(3 / k) rounds, so 3 / ceil(3 / k); OS threads time-sliced over c cores:
     * min(3, c). Carriers are OS threads too: more busy carriers than cores share the cores, so each
     * round takes max(1, its calls / c) calls' time (4 carriers on 2 cores: 3 / 1.5 = 2x, not 1.5x). A measured speedup above it means the baseline was slowed (the issue saw 1.71x on 2 carriers).
     */
    static Optional<Ceiling> ceiling(CellSpec spec) {
        int cores = spec.cores() > 0 ? spec.cores() : Runtime.getRuntime().availableProcessors();
        int tasks = CalculateAllWorkload.TASKS;
        return switch (spec.model()) {
            case SEQUENTIAL -> Optional.empty();
            case PLATFORM_PER_TASK -> Optional.of(new Ceiling(Math.min(tasks, cores),
                    tasks + " time-sliced OS threads on " + cores + " core(s)"));
            default -> {
                int k = Math.min(spec.carriers(), tasks);
                int rounds = (tasks + k - 1) / k;
                yield Optional.of(new Ceiling(tasks / callsOfTime(tasks, k, cores), String.format(java.util.Locale.ROOT,
                        "%d equal tasks on %d carrier(s) (%d round%s)%s", tasks, k, rounds, rounds == 1 ? "" : "s",
                        k > cores ? ", the carriers time-sliced by the OS over " + cores + " core(s)" : "")));
            }
        };
    }

    /**
     * Calls' worth of time {@code tasks} equal calls take on {@code k} carriers that run them to
     * completion, the carriers (OS threads) time-sliced over {@code cores}: rounds of up to k calls, each
     * taking max(1, calls in it / cores).
     */
    static double callsOfTime(int tasks, int k, int cores) {
        double time = 0;
        for (int left = tasks; left > 0; left -= k) {
            time += Math.max(1.0, (double) Math.min(k, left) / cores);
        }
        return time;
    }

    @Override
    public Comparison comparison() {
        return Comparison.SEQUENTIAL_WALL.withCeilings(CalculateAllScenario::ceiling);
    }

    /** Child JVMs per cell; see {@link #forks}. */
    static final int FORKS = 3;

    /** The seed's decision matrix, row {@code cpu-bound}: what the seed predicts on one carrier and on many. */
    @Override
    public Optional<MatrixRow> matrixRow() {
        return Optional.of(new MatrixRow("cpu-bound", "CPU-bound", name(),
                SeedPrediction.doesNotHelp("Same or slower"), SeedPrediction.helps("Faster"), "Needs parallel execution"));
    }

    @Override
    public boolean needsStubs() {
        return false;
    }

    /** Calibrates n on this machine (or checks the user's), once per run, before the plan reads it. */
    @Override
    public RunOptions prepare(RunOptions options) {
        return options.withParams(chooseN(options));
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        Map<String, String> params = FibParams.prepared(options.params()).toParams();
        RunMode mode = options.mode();
        int warmups = mode.warmups();
        int reps = repetitionsPerFork(mode);
        List<CellSpec> cells = new ArrayList<>();
        cells.add(new CellSpec(name(), ThreadModel.SEQUENTIAL, 1, warmups, reps, params));
        for (int carriers : options.carriers()) {
            cells.add(new CellSpec(name(), ThreadModel.VIRTUAL, carriers, warmups, reps, params));
            cells.add(new CellSpec(name(), ThreadModel.PLATFORM_POOL, carriers, warmups, reps, params));
        }
        int cores = Runtime.getRuntime().availableProcessors();
        cells.add(new CellSpec(name(), ThreadModel.PLATFORM_PER_TASK, cores, warmups, reps, params));
        return cells;
    }

    /**
     * Each cell runs in {@value #FORKS} JVMs: how C2 inlines the recursive fib differs from one JVM to
     * the next by some 15% here (measured: the same cell gave 606 ms in one JVM, 724 ms in another),
     * more than the spread inside one JVM, so one JVM per cell could call noise a speedup.
     */
    @Override
    public int forks(CellSpec spec) {
        return FORKS;
    }

    /** The mode's repetitions spread over the forks (rounded up), so the pooled count is about the same. */
    static int repetitionsPerFork(RunMode mode) {
        return Math.max(1, (mode.repetitions() + FORKS - 1) / FORKS);
    }

    /** The n of this run: the user's, else calibrated; either way with how it was chosen. */
    private Map<String, String> chooseN(RunOptions options) {
        Duration target = Duration.ofNanos(Math.round(TARGET_CALL.toNanos() * options.mode().delayScale()));
        FibCalibration.Result calibrated = calibration.calibrate(target);
        Optional<Integer> fixed = FibParams.fixedN(options.params());
        int n = fixed.map(Fibonacci::requireValidN).orElse(calibrated.n());
        String source = (fixed.isPresent() ? "fixed by --n; " : "calibrated: ") + calibrated.describe(n);
        return new FibParams(n, source, calibrated.estimatedMs(n)).toParams();
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        double callMs = FibParams.callMs(spec.params());
        long workMs = Math.round(callMs * CalculateAllWorkload.TASKS * (spec.warmups() + spec.repetitions()));
        return Duration.ofSeconds(60).plusMillis(4 * workMs);
    }

    /**
     * The notes on the cores the cells' child JVMs ran on (with {@code --cores 1} the bound is one
     * core's, not this machine's): per core count, each prefixed with it, when the run measured several.
     */
    @Override
    public List<String> notes(List<CellResult> cells, RunOptions options) {
        return notesByCores(cells, Runtime.getRuntime().availableProcessors());
    }

    static List<String> notesByCores(List<CellResult> cells, int machineCores) {
        Map<Integer, List<CellResult>> byCores = new java.util.TreeMap<>();
        cells.forEach(c -> byCores.computeIfAbsent(c.extras().get(CellMain.CORES) instanceof Number n ? n.intValue() : machineCores,
                k -> new ArrayList<>()).add(c));
        if (byCores.size() == 1) {
            var only = byCores.entrySet().iterator().next();
            return CalculateAllNotes.of(only.getValue(), only.getKey());
        }
        List<String> notes = new ArrayList<>();
        byCores.forEach((cores, group) -> CalculateAllNotes.of(group, cores)
                .forEach(note -> notes.add(String.format(java.util.Locale.ROOT, "On %d core%s: %s", cores, cores == 1 ? "" : "s", note))));
        return notes;
    }
}
