package dev.loomshowcase.scenes.calculateall;

import java.time.Duration;
import java.util.Locale;
import java.util.function.IntToLongFunction;

/**
 * Chooses n so that one recursive fib(n) takes about a target time on this machine, since the
 * seed's fib(45) "1 s" depends on the CPU. It warms the JIT up, times growing n until one call
 * lasts a probe time, then extrapolates by the golden ratio (each step of n costs phi times more).
 *
 * <p>The timer is injected, so tests can check the search and the arithmetic without a real CPU.
 */
public final class FibCalibration {

    /** Where the search for a measurable n starts. */
    static final int START_N = 20;
    /** A probe call at least this long is timed well enough to extrapolate from. */
    static final long PROBE_NANOS = 30_000_000L;
    /** Probe calls timed at the final n; the fastest counts (other load only ever slows a call). */
    static final int PROBE_REPEATS = 3;

    private final IntToLongFunction nanosOfCall;

    /** A calibration that times real calls of {@link CalculateAll#fibonacci}. */
    public FibCalibration() {
        this(FibCalibration::timeRealCall);
    }

    /** A calibration with its own timer: {@code nanosOfCall.applyAsLong(n)} = nanoseconds of one fib(n). */
    public FibCalibration(IntToLongFunction nanosOfCall) {
        this.nanosOfCall = nanosOfCall;
    }

    /** Finds n for about {@code target} per call, plus the probe it was extrapolated from. */
    public Result calibrate(Duration target) {
        warmUp();
        int n = START_N;
        long nanos = nanosOfCall.applyAsLong(n);
        while (nanos < PROBE_NANOS && n < Fibonacci.MAX_N) {
            n++;
            nanos = nanosOfCall.applyAsLong(n);
        }
        for (int i = 1; i < PROBE_REPEATS; i++) {
            nanos = Math.min(nanos, nanosOfCall.applyAsLong(n));
        }
        return new Result(extrapolate(n, nanos, target.toNanos()), n, nanos);
    }

    /** Estimated nanoseconds of one fib({@code n}), from a probe of fib({@code probeN}). */
    public static double estimateNanos(int n, int probeN, long probeNanos) {
        return probeNanos * Math.pow(Fibonacci.GROWTH, n - probeN);
    }

    /** The n whose call should take closest to {@code targetNanos}, given fib(probeN) took probeNanos. */
    static int extrapolate(int probeN, long probeNanos, long targetNanos) {
        double steps = Math.log((double) targetNanos / Math.max(1, probeNanos)) / Math.log(Fibonacci.GROWTH);
        long n = probeN + Math.round(steps);
        return (int) Math.clamp(n, 1, Fibonacci.MAX_N);
    }

    private void warmUp() {
        for (int i = 0; i < 20; i++) {
            nanosOfCall.applyAsLong(START_N);
        }
    }

    private static long timeRealCall(int n) {
        long t0 = System.nanoTime();
        long value = CalculateAll.fibonacci(n);
        long nanos = System.nanoTime() - t0;
        if (value < 0) {
            throw new IllegalStateException("fib(" + n + ") overflowed");
        }
        return nanos;
    }

    /**
     * @param n          the chosen n
     * @param probeN     the n that was timed
     * @param probeNanos its fastest call, in nanoseconds
     */
    public record Result(int n, int probeN, long probeNanos) {

        /** Estimated milliseconds of one fib(n) call. */
        public double estimatedMs(int n) {
            return estimateNanos(n, probeN, probeNanos) / 1e6;
        }

        /** One line for the report: what the probe took, and what that predicts for fib({@code n}). */
        public String describe(int n) {
            return String.format(Locale.ROOT, "fib(%d) took %.0f ms in the parent JVM, so fib(%d) should take ~%.0f ms",
                    probeN, probeNanos / 1e6, n, estimatedMs(n));
        }
    }
}
