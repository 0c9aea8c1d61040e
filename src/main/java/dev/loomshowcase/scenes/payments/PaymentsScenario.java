package dev.loomshowcase.scenes.payments;

import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.engine.Analysis;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.JitSettling;
import dev.loomshowcase.engine.ThreadModel;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The seed's fintech failure: 1000 payments, each a CPU-bound ECDSA signature, on a 2-core machine.
 *
 * <p>Hypothesis (seed): 1000 goroutines made throughput worse than sequential (context switches,
 * cache thrashing, scheduler contention); bounding concurrency to the core count gave 3x. Here the
 * same batch is signed by 1000 OS threads, 1000 virtual threads, a pool of one platform thread per
 * core, and 1000 virtual threads bounded by a semaphore of the core count. Expect the JVM to differ
 * from the seed: virtual threads are not time-sliced, so 1000 of them on N carriers already run N at
 * a time, to completion, and a bound changes little; 1000 OS threads are time-sliced, but one
 * signature is shorter than a time slice, so they mostly cost thread start-ups and switches.
 *
 * <p>Run it alone: {@code scripts/showcase payments --quick}, or from an IDE {@code dev.loomshowcase.cli.Main}
 * with the program arguments {@code payments --quick};
 * the seed's program itself is {@code dev.loomshowcase.scenes.payments.Payments}'s {@code main}.
 */
public final class PaymentsScenario implements Scenario {

    /** Parameter: payments (= tasks = signatures) per batch. */
    public static final String PAYMENTS = "payments";
    /** getrusage through FFM needs native access; without it the JDK warns on stderr. */
    static final List<String> JVM_OPTIONS = List.of("--enable-native-access=ALL-UNNAMED");

    @Override
    public String name() {
        return PaymentsWorkload.NAME;
    }

    @Override
    public String title() {
        return "payments: 1000 ECDSA P-256 signatures per batch, CPU-bound, four ways to run them";
    }

    @Override
    public String hypothesis() {
        return Payments.HYPOTHESIS;
    }

    @Override
    public boolean needsStubs() {
        return false;
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        Map<String, String> params = Map.of(PAYMENTS, options.params().getOrDefault(PAYMENTS,
                Integer.toString(PaymentsWorkload.DEFAULT_PAYMENTS)),
                JitSettling.PARAM, "true");
        int n = options.carriers().stream().mapToInt(Integer::intValue).max().orElseThrow();
        RunMode mode = options.mode();
        int warmups = mode.warmups() + 2;
        int reps = mode.repetitions() + 2;
        return List.of(
                new CellSpec(name(), ThreadModel.SEQUENTIAL, 1, warmups, reps, params, JVM_OPTIONS),
                new CellSpec(name(), ThreadModel.PLATFORM_PER_TASK, n, warmups, reps, params, JVM_OPTIONS),
                new CellSpec(name(), ThreadModel.VIRTUAL, n, warmups, reps, params, JVM_OPTIONS),
                new CellSpec(name(), ThreadModel.PLATFORM_POOL, n, warmups, reps, params, JVM_OPTIONS),
                new CellSpec(name(), ThreadModel.VIRTUAL_BOUNDED, n, warmups, reps, params, JVM_OPTIONS),
                new CellSpec(PaymentsWorkload.ASYNC, ThreadModel.ASYNC, n, warmups, reps, params, JVM_OPTIONS));
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        long payments = Long.parseLong(spec.param(PAYMENTS));
        long batches = spec.warmups() + spec.repetitions();
        // ~0.2 ms per signature on one core here; x10 for other load and slow machines; plus the JIT warm-up.
        return Duration.ofSeconds(90).plusMillis(2 * payments * batches);
    }

    /** The default analysis, plus each cell's throughput: payments per batch / median batch wall time. */
    @Override
    public List<CellResult> analyse(List<CellOutcome> outcomes) {
        return Analysis.analyse(outcomes, comparison()).stream().map(PaymentsScenario::withThroughput).toList();
    }

    static CellResult withThroughput(CellResult cell) {
        if (cell.wallMs() == null || !(cell.extras().get(PAYMENTS) instanceof Number payments)) {
            return cell;
        }
        return cell.withExtra("throughput", Math.round(payments.doubleValue() / (cell.wallMs().median() / 1000.0)));
    }

    @Override
    public List<String> notes(List<CellResult> cells, RunOptions options) {
        return PaymentsNotes.of(cells);
    }
}
