package dev.loomshowcase.scenario;

import dev.loomshowcase.cli.Main;
import dev.loomshowcase.engine.Analysis;
import dev.loomshowcase.engine.Ceiling;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.VerdictRule;
import dev.loomshowcase.workload.CalculateAllWorkload;
import dev.loomshowcase.workload.FibCalibration;
import dev.loomshowcase.workload.Fibonacci;

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
 * <p>Run it alone: {@code scripts/showcase calculate-all}, or this class's {@code main} from an IDE.
 */
public final class CalculateAllScenario implements Scenario {

    /** Parameter naming a fixed n; without it, n is calibrated. */
    public static final String N = "n";
    /** What one call should take in the standard modes; quick mode scales it by its delay scale. */
    static final Duration TARGET_CALL = Duration.ofSeconds(1);

    private final FibCalibration calibration;
    private FibCalibration.Result lastCalibration;

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
        return "Seed: concurrency alone does not speed up CPU-bound work; only more cores do. "
                + "Expect virtual threads on 1 carrier = sequential (no effect); on N carriers at most N x; "
                + "virtual threads are not time-sliced, so 3 tasks on 2 carriers take 2 rounds where 3 OS threads take 1.5.";
    }

    /**
     * The highest speedup of 3 equal CPU-bound calls: on k carriers that run tasks to completion (virtual
     * threads, a pool of k), ceil(3 / k) rounds, so 3 / ceil(3 / k); OS threads time-sliced over c cores:
     * min(3, c). A measured speedup above it means the baseline was slowed (the issue saw 1.71x on 2 carriers).
     */
    static Optional<Ceiling> ceiling(CellSpec spec) {
        int cores = spec.cores() > 0 ? spec.cores() : Runtime.getRuntime().availableProcessors();
        int tasks = CalculateAllWorkload.TASKS;
        return switch (spec.model()) {
            case SEQUENTIAL -> Optional.empty();
            case PLATFORM_PER_TASK -> Optional.of(new Ceiling(Math.min(tasks, cores),
                    tasks + " time-sliced OS threads on " + cores + " core(s)"));
            default -> {
                int k = Math.min(spec.carriers(), cores);
                int rounds = (tasks + k - 1) / k;
                yield Optional.of(new Ceiling((double) tasks / rounds, String.format(java.util.Locale.ROOT,
                        "%d equal tasks on %d carrier(s) (%d round%s)", tasks, k, rounds, rounds == 1 ? "" : "s")));
            }
        };
    }

    @Override
    public List<CellResult> analyse(List<CellOutcome> outcomes) {
        return Analysis.analyse(outcomes, VerdictRule.DEFAULT, CalculateAllScenario::ceiling);
    }

    /** Child JVMs per cell; see {@link #forks}. */
    static final int FORKS = 3;

    @Override
    public boolean needsStubs() {
        return false;
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        Map<String, String> params = chooseN(options);
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
    Map<String, String> chooseN(RunOptions options) {
        Duration target = Duration.ofNanos(Math.round(TARGET_CALL.toNanos() * options.mode().delayScale()));
        lastCalibration = calibration.calibrate(target);
        String fixed = options.params().get(N);
        if (fixed != null) {
            int n = Fibonacci.requireValidN(Integer.parseInt(fixed));
            return Map.of(N, Integer.toString(n), "nSource", "fixed by --n; " + lastCalibration.describe(n));
        }
        return Map.of(N, Integer.toString(lastCalibration.n()),
                "nSource", "calibrated: " + lastCalibration.describe(lastCalibration.n()));
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        int n = Integer.parseInt(spec.param(N));
        double callMs = lastCalibration == null ? 1000 : lastCalibration.estimatedMs(n);
        long workMs = Math.round(callMs * CalculateAllWorkload.TASKS * (spec.warmups() + spec.repetitions()));
        return Duration.ofSeconds(60).plusMillis(4 * workMs);
    }

    @Override
    public List<String> notes(List<CellResult> cells, RunOptions options) {
        return CalculateAllNotes.of(cells, Runtime.getRuntime().availableProcessors());
    }

    /** Runs this scenario alone, with the command line's options (e.g. {@code --quick}). */
    public static void main(String[] args) {
        String[] withName = new String[args.length + 1];
        withName[0] = CalculateAllWorkload.NAME;
        System.arraycopy(args, 0, withName, 1, args.length);
        System.exit(Main.run(withName));
    }
}
