package dev.loomshowcase.workload;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Workload;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * "How many can you have?": starts {@code count} threads that each sleep, then joins them all,
 * measuring time to start, time to finish, memory per thread (heap and resident-set deltas) and
 * garbage collection during the run, and how late each thread woke from its sleep (timers and
 * scheduling: a wake-up is a timer firing, then the thread waiting for a free carrier).
 *
 * <p>One repetition is one task that does the whole experiment, so the cell's wall time is the time
 * to finish. The thread kind follows the cell's model: virtual for {@code virtual}, platform
 * otherwise. The count of platform threads is bounded by the scenario, never probed.
 */
public final class MillionWorkload implements Workload {

    public static final String NAME = "million";

    private final boolean virtual;
    private final int count;
    private final long sleepMs;
    private final String variant;
    private final String flags;
    private volatile MillionMeasurement measured;

    MillionWorkload(boolean virtual, int count, long sleepMs, String variant, String flags) {
        this.virtual = virtual;
        this.count = count;
        this.sleepMs = sleepMs;
        this.variant = variant;
        this.flags = flags;
    }

    public static Workload fromSpec(CellSpec spec) {
        return new MillionWorkload(spec.model() == ThreadModel.VIRTUAL, Integer.parseInt(spec.param("count")),
                Long.parseLong(spec.param("sleepMs")), spec.params().getOrDefault("variant", ""),
                spec.params().getOrDefault("flags", ""));
    }

    @Override
    public List<Callable<Object>> tasks() {
        return List.of(this::run);
    }

    private Object run() throws InterruptedException {
        System.gc();
        long heap0 = heapUsed();
        long rss0 = residentBytes();
        long[] gc0 = gc();
        Thread.Builder builder = virtual ? Thread.ofVirtual() : Thread.ofPlatform().daemon(true);
        float[] oversleepMs = new float[count];
        Thread[] threads = new Thread[count];
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int index = i;
            threads[i] = builder.start(() -> sleep(oversleepMs, index));
        }
        long started = System.nanoTime();
        long heap1 = heapUsed();
        long rss1 = residentBytes();
        int alive = 0;
        for (Thread t : threads) {
            alive += t.isAlive() ? 1 : 0;
        }
        for (Thread t : threads) {
            t.join();
        }
        long finished = System.nanoTime();
        long[] gc1 = gc();
        Arrays.sort(oversleepMs);
        measured = new MillionMeasurement(variant, flags, virtual ? "virtual" : "platform", count, sleepMs,
                (started - t0) / 1e6, (finished - t0) / 1e6, alive,
                (double) (heap1 - heap0) / count, (double) (rss1 - rss0) / count,
                oversleepMs[count / 2], oversleepMs[(int) Math.min(count - 1, (long) count * 99 / 100)], oversleepMs[count - 1],
                gc1[0] - gc0[0], gc1[1] - gc0[1], Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getInit() / (1024 * 1024));
        return count;
    }

    /** Sleeps, recording how much later than asked the thread woke up: the timer and scheduling lag. */
    private void sleep(float[] oversleepMs, int index) {
        long start = System.nanoTime();
        try {
            Thread.sleep(sleepMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        oversleepMs[index] = (float) ((System.nanoTime() - start) / 1e6 - sleepMs);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Collections and total collection time so far, over all collectors. */
    private static long[] gc() {
        long count = 0;
        long time = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            time += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {count, time};
    }

    /** The process's resident set (VmRSS) in bytes, or 0 where /proc is not available. */
    static long residentBytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
                    .findFirst().orElse(0L);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public Map<String, Object> extras() {
        MillionMeasurement last = measured;
        return last == null ? Map.of() : Json.fields(last);
    }
}
