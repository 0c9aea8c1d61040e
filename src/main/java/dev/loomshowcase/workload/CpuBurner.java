package dev.loomshowcase.workload;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Real CPU work of a chosen length: a tight arithmetic loop (a 64-bit LCG with an xor-shift) whose
 * result is returned, so the JIT cannot drop it. It never sleeps and never blocks, so on a virtual
 * thread it holds its carrier the whole time, as CPU-bound work does.
 *
 * <p>The loop's speed is calibrated once on this machine, so a phase asked for 50 ms takes about
 * 50 ms of CPU time here; in wall time it takes longer when other programs share the cores.
 */
public final class CpuBurner {

    private static final int WARMUP_CALLS = 20;
    private static final long WARMUP_ITERATIONS = 500_000;
    private static final int ROUNDS = 3;
    private static final long ROUND_ITERATIONS = 2_000_000;

    private final double iterationsPerMs;

    private CpuBurner(double iterationsPerMs) {
        this.iterationsPerMs = iterationsPerMs;
    }

    /**
     * Measures the loop's speed here: warms the JIT, then times several rounds on this thread's CPU
     * clock (so time spent preempted by other programs does not count) and keeps the fastest.
     */
    public static CpuBurner calibrated() {
        for (int i = 0; i < WARMUP_CALLS; i++) {
            burn(WARMUP_ITERATIONS);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuClock = !Thread.currentThread().isVirtual() && threads.isCurrentThreadCpuTimeSupported();
        double best = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = cpuClock ? threads.getCurrentThreadCpuTime() : System.nanoTime();
            burn(ROUND_ITERATIONS);
            long end = cpuClock ? threads.getCurrentThreadCpuTime() : System.nanoTime();
            best = Math.max(best, ROUND_ITERATIONS / (Math.max(end - start, 1) / 1e6));
        }
        return new CpuBurner(best);
    }

    /** A burner with a known speed, for tests. */
    static CpuBurner withSpeed(double iterationsPerMs) {
        return new CpuBurner(iterationsPerMs);
    }

    /** Burns about {@code ms} milliseconds of CPU; returns the loop's value. */
    public long burnMs(double ms) {
        return burn(Math.max(1, Math.round(ms * iterationsPerMs)));
    }

    public double iterationsPerMs() {
        return iterationsPerMs;
    }

    /** The loop itself: {@code iterations} rounds of arithmetic, nothing else. */
    public static long burn(long iterations) {
        long x = iterations;
        for (long i = 0; i < iterations; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            x ^= x >>> 29;
        }
        return x;
    }
}
