package dev.loomshowcase.scenes.pool;

import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.PoolStats;
import org.HdrHistogram.ConcurrentHistogram;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HikariCP's own metrics of the pool, kept for the report: how long each borrower waited in
 * {@code getConnection()} (Hikari measures it), and how many gave up at the connection time-out.
 *
 * <p>Why Hikari's numbers: they time exactly the wait for a connection, not the thread's wait for a
 * pool thread or a semaphore before it; the workload times those apart, as the task's latency.
 */
final class ConnectionWaits implements MetricsTrackerFactory, IMetricsTracker {

    private final ConcurrentHistogram waitNanos = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(10), 3);
    private final AtomicLong timeouts = new AtomicLong();

    @Override
    public IMetricsTracker create(String poolName, PoolStats poolStats) {
        return this;
    }

    @Override
    public void recordConnectionAcquiredNanos(long elapsedAcquiredNanos) {
        waitNanos.recordValue(Math.max(0, Math.min(elapsedAcquiredNanos, waitNanos.getHighestTrackableValue())));
    }

    @Override
    public void recordConnectionTimeout() {
        timeouts.incrementAndGet();
    }

    /** Forgets what the warm-ups recorded. */
    void reset() {
        waitNanos.reset();
        timeouts.set(0);
    }

    long timeouts() {
        return timeouts.get();
    }

    /** p50, p99 and max of the waits in getConnection(), in ms. */
    Map<String, Object> waitMs() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("p50", waitNanos.getValueAtPercentile(50) / 1e6);
        out.put("p99", waitNanos.getValueAtPercentile(99) / 1e6);
        out.put("max", waitNanos.getMaxValue() / 1e6);
        out.put("count", waitNanos.getTotalCount());
        return out;
    }
}
