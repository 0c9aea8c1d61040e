package dev.loomshowcase.server;

import java.util.function.IntSupplier;

/**
 * Samples the server's own in-flight count every {@value #PERIOD_MS} ms and keeps, per window, the
 * mean and the highest value seen: the L of Little's law as the server saw it, not as the load
 * generator intended it; beside it, the process's live OS threads, keeping the highest. A platform thread: a virtual one would wait behind the very requests it
 * counts whenever the carriers are busy, and miss the moments that matter.
 */
final class InFlightSampler implements AutoCloseable {

    static final long PERIOD_MS = 50;

    private final IntSupplier gauge;
    private final long[] sums;
    private final long[] counts;
    private final int[] maxima;
    private volatile int window = -1;
    private volatile int maxOsThreads = -1;
    private final Thread sampler;

    InFlightSampler(IntSupplier gauge, int windows) {
        this.gauge = gauge;
        this.sums = new long[windows];
        this.counts = new long[windows];
        this.maxima = new int[windows];
        this.sampler = Thread.ofPlatform().name("in-flight-sampler").daemon(true).start(this::sample);
    }

    /** The window now being measured (0..windows-1), or anything else for none. */
    void window(int index) {
        window = index;
    }

    private void sample() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                int w = window;
                if (w >= 0 && w < sums.length) {
                    int now = gauge.getAsInt();
                    maxOsThreads = Math.max(maxOsThreads, ProcessStatus.osThreads());
                    synchronized (this) {
                        sums[w] += now;
                        counts[w]++;
                        maxima[w] = Math.max(maxima[w], now);
                    }
                }
                Thread.sleep(PERIOD_MS);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized double mean(int w) {
        return counts[w] == 0 ? Double.NaN : (double) sums[w] / counts[w];
    }

    /** The most live OS threads this process had at any sample inside the windows, or -1 when unknown. */
    int maxOsThreads() {
        return maxOsThreads;
    }

    synchronized int max(int w) {
        return maxima[w];
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
