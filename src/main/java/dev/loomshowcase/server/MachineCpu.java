package dev.loomshowcase.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalDouble;

/**
 * How busy the whole machine's CPUs were over a stretch of time, from Linux's {@code /proc/stat}.
 *
 * <p>A load test on a 2-core machine runs the stubs, the server and the clients on the same cores:
 * when throughput falls short of Little's bound, this says whether the cores were simply full
 * (every process counted, other users' included) rather than threads waiting for each other.
 * Elsewhere than Linux it reports nothing.
 */
final class MachineCpu {

    private static final Path STAT = Path.of("/proc/stat");

    private MachineCpu() {
    }

    /** Busy share (0..1) of all cores over {@code span} starting after {@code delay}; empty when unknown. */
    static OptionalDouble busyShare(Duration delay, Duration span) throws InterruptedException {
        Thread.sleep(delay);
        long[] before = ticks();
        Thread.sleep(span);
        long[] after = ticks();
        if (before == null || after == null || after[0] <= before[0]) {
            return OptionalDouble.empty();
        }
        double total = after[0] - before[0];
        return OptionalDouble.of(1 - (after[1] - before[1]) / total);
    }

    /** Busy share (0..1) of all cores between two {@link #ticks()} readings; NaN when unknown. */
    static double busyShare(long[] before, long[] after) {
        if (before == null || after == null || after[0] <= before[0]) {
            return Double.NaN;
        }
        return 1 - (double) (after[1] - before[1]) / (after[0] - before[0]);
    }

    /** {total, idle + iowait} ticks since boot, or null when {@code /proc/stat} cannot be read. */
    static long[] ticks() {
        try {
            String[] fields = Files.readAllLines(STAT).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                total += Long.parseLong(fields[i]);
            }
            return new long[]{total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
