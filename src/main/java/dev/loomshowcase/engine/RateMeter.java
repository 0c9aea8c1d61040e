package dev.loomshowcase.engine;

/**
 * A rate between successive readings of a growing count (answers, finished threads): what a live
 * figure shows as "per second". Not thread-safe: one sampler thread reads it.
 */
public final class RateMeter {

    private long lastNanos = System.nanoTime();
    private long lastCount;

    /** Events per second since the previous call (or since creation), given the count now. */
    public double perSecond(long count) {
        long now = System.nanoTime();
        double seconds = (now - lastNanos) / 1e9;
        double rate = seconds < 1e-3 ? 0 : (count - lastCount) / seconds;
        lastNanos = now;
        lastCount = count;
        return Math.round(rate * 10) / 10.0;
    }
}
