package dev.loomshowcase.scenes.calculateall;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FibCalibrationTest {

    /** A fake CPU on which fib(n) takes 1 us x phi^(n - 20): fib(20) = 1 us, each step phi times more. */
    private static long fakeNanos(int n) {
        return Math.round(1_000 * Math.pow(Fibonacci.GROWTH, n - 20));
    }

    @Test
    void extrapolatesByTheGoldenRatio() {
        // fib(30) took 100 ms; a 1 s call is log_phi(10) = 4.78 steps further: n = 35.
        assertEquals(35, FibCalibration.extrapolate(30, 100_000_000L, 1_000_000_000L));
        assertEquals(30, FibCalibration.extrapolate(30, 100_000_000L, 100_000_000L));
        assertEquals(25, FibCalibration.extrapolate(30, 100_000_000L, 9_000_000L));
    }

    @Test
    void extrapolationStaysWithinTheAcceptedRange() {
        assertEquals(Fibonacci.MAX_N, FibCalibration.extrapolate(30, 1, Long.MAX_VALUE / 2));
        assertEquals(1, FibCalibration.extrapolate(2, 1_000_000_000L, 1));
    }

    @Test
    void searchesUpToAMeasurableCallThenPicksTheNClosestToTheTarget() {
        List<Integer> timed = new ArrayList<>();
        var calibration = new FibCalibration(n -> {
            timed.add(n);
            return fakeNanos(n);
        });
        FibCalibration.Result result = calibration.calibrate(Duration.ofSeconds(1));
        assertTrue(fakeNanos(result.probeN()) >= FibCalibration.PROBE_NANOS, "probe long enough: " + result);
        assertTrue(fakeNanos(result.probeN() - 1) < FibCalibration.PROBE_NANOS, "probe no longer than needed: " + result);
        double ratio = fakeNanos(result.n()) / 1e9;
        assertTrue(ratio > 0.75 && ratio < 1.35, "fib(" + result.n() + ") should take ~1 s on the fake CPU, ratio " + ratio);
        assertTrue(timed.stream().allMatch(n -> n <= result.probeN()), "never timed beyond the probe: " + timed);
    }

    @Test
    void estimatesTheTimeOfAnotherN() {
        var result = new FibCalibration.Result(35, 30, 100_000_000L);
        assertEquals(100 * Math.pow(Fibonacci.GROWTH, 5), result.estimatedMs(35), 1e-6);
        assertTrue(result.describe(35).contains("fib(30) took 100 ms"), result.describe(35));
    }

    @Test
    void realCalibrationPicksAnNWhoseCallTakesAboutTheTarget() {
        Duration target = Duration.ofMillis(60);
        int n = new FibCalibration().calibrate(target).n();
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            assertEquals(Fibonacci.iterative(n), CalculateAll.fibonacci(n));
            fastest = Math.min(fastest, System.nanoTime() - t0);
        }
        double ratio = fastest / (double) target.toNanos();
        // Generous: rounding n alone is off by up to phi^0.5, and the cores are shared with other work.
        assertTrue(ratio > 0.2 && ratio < 5, "fib(" + n + ") took " + fastest / 1e6 + " ms for a 60 ms target");
    }
}
