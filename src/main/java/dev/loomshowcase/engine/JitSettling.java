package dev.loomshowcase.engine;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * Extra warm-up repetitions until the JIT compiler has settled, for cells whose code C2 takes long
 * to compile (e.g. elliptic-curve signing). On 2 cores a compiler still busy on one core while a
 * sequential cell runs on the other lends that cell a second core, and every speedup against it
 * would be understated. Asked for with the cell parameter {@value #PARAM}{@code =true}.
 */
public final class JitSettling {

    /** The cell parameter that asks for settling. */
    public static final String PARAM = "jitSettle";
    /** The cell extra telling how many extra warm-ups it took. */
    public static final String EXTRA = "jitSettleWarmups";
    /** Settled: three repetitions in a row during which compiling took under 1% of the wall time. */
    static final double QUIET_SHARE = 0.01;
    static final int QUIET_ROUNDS = 3;
    /** Bounds on the extra warm-ups, so a compiler that never settles cannot stall a cell. */
    static final int MAX_REPETITIONS = 40;
    static final long MAX_NANOS = 20_000_000_000L;

    private JitSettling() {
    }

    /** True when the cell's parameters ask for settling. */
    public static boolean requested(Map<String, String> params) {
        return Boolean.parseBoolean(params.get(PARAM));
    }

    /** One warm-up repetition. */
    @FunctionalInterface
    public interface Repetition {
        void run() throws Exception;
    }

    /**
     * Runs {@code repetition} until the compiler is quiet (or a bound is reached), and returns how
     * many times it ran. Without compilation-time monitoring it runs nothing.
     */
    public static int settle(Repetition repetition) throws Exception {
        return settle(repetition, MAX_REPETITIONS);
    }

    /**
     * As {@link #settle(Repetition)}, with at most {@code maxRepetitions} runs: for a workload that
     * warms up its own code in rounds (e.g. payments' signer, before any batch).
     */
    public static int settle(Repetition repetition, int maxRepetitions) throws Exception {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
            return 0;
        }
        long deadline = System.nanoTime() + MAX_NANOS;
        int runs = 0;
        int quiet = 0;
        while (quiet < QUIET_ROUNDS && runs < maxRepetitions && System.nanoTime() < deadline) {
            long jit0 = compiler.getTotalCompilationTime();
            long start = System.nanoTime();
            repetition.run();
            runs++;
            double wallMs = (System.nanoTime() - start) / 1e6;
            long jitMs = compiler.getTotalCompilationTime() - jit0;
            quiet = jitMs <= QUIET_SHARE * wallMs ? quiet + 1 : 0;
        }
        return runs;
    }
}
