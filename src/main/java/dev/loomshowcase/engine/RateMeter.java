package dev.loomshowcase.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A rate over the last {@link #WINDOW_NANOS} of readings of a growing count (answers, finished
 * threads): what a live figure shows as "per second". A trailing second, rather than the time since
 * the previous reading, so a figure read every 200 ms does not jump between 0 and 5x when answers come
 * in bursts. Not thread-safe: one sampler thread reads it.
 */
public final class RateMeter {

    static final long WINDOW_NANOS = 1_000_000_000L;

    private final List<long[]> readings = new ArrayList<>();

    /** Events per second over the trailing window, given the count now; 0 until two readings exist. */
    public double perSecond(long count) {
        return perSecond(count, System.nanoTime());
    }

    double perSecond(long count, long nowNanos) {
        readings.addLast(new long[] {nowNanos, count});
        while (readings.size() > 2 && nowNanos - readings.get(1)[0] >= WINDOW_NANOS) {
            readings.remove(0);
        }
        long[] oldest = readings.getFirst();
        double seconds = (nowNanos - oldest[0]) / 1e9;
        double rate = seconds < 1e-3 ? 0 : (count - oldest[1]) / seconds;
        return Math.round(rate * 10) / 10.0;
    }
}
