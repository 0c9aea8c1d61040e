package dev.loomshowcase.scenes.million;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.engine.LiveLine;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.observe.SchedulerSettings;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * "How many can you have?": starts {@code count} threads that each sleep, then joins them all,
 * measuring time to start, time to finish, memory per thread (heap and resident-set deltas) and
 * garbage collection during the run, how late each thread woke from its sleep, and where the wake-up
 * went ({@link WakeUpSplit}: CPU of the carriers, the timer thread, the collector, and the carriers'
 * time waiting for a core or idle).
 *
 * <p>Two parameters serve the wake-up's levers: {@code warmWakeUps} runs that many virtual threads per
 * wave through a short sleep first ({@link WakeUpPathWarmUp}), and {@code countDeopts} counts the JIT's
 * deoptimizations during the run ({@link DeoptimizationCount}, which slows the run it watches).
 *
 * <p>One repetition is one task that does the whole experiment, so the cell's wall time is the time
 * to finish. The thread kind follows the cell's model: virtual for {@code virtual}, platform
 * otherwise. The count of platform threads is bounded by the scenario, never probed.
 */
public final class MillionWorkload implements Workload {

    public static final String NAME = "million";
    /** Parameter: virtual threads per warm-up wave run through a short sleep before the measured ones (0: none). */
    static final String WARM_WAKE_UPS = "warmWakeUps";
    /** Parameter: {@code true} to count the JIT's deoptimizations during the run. */
    static final String COUNT_DEOPTS = "countDeopts";

    private final boolean virtual;
    private final int count;
    private final long sleepMs;
    private final String variant;
    private final String flags;
    private final int warmWakeUps;
    private final boolean countDeopts;
    private volatile MillionMeasurement measured;
    private LiveThreads live;

    MillionWorkload(boolean virtual, int count, long sleepMs, String variant, String flags, int warmWakeUps, boolean countDeopts) {
        this.virtual = virtual;
        this.count = count;
        this.sleepMs = sleepMs;
        this.variant = variant;
        this.flags = flags;
        this.warmWakeUps = warmWakeUps;
        this.countDeopts = countDeopts;
    }

    public static Workload fromSpec(CellSpec spec) {
        MillionWorkload million = new MillionWorkload(spec.model() == ThreadModel.VIRTUAL, Integer.parseInt(spec.param("count")),
                Long.parseLong(spec.param("sleepMs")), spec.params().getOrDefault("variant", ""),
                spec.params().getOrDefault("flags", ""), Integer.parseInt(spec.params().getOrDefault(WARM_WAKE_UPS, "0")),
                Boolean.parseBoolean(spec.params().getOrDefault(COUNT_DEOPTS, "false")));
        million.live = LiveLine.requested(spec) ? new LiveThreads() : null;
        return million;
    }

    @Override
    public List<Callable<Object>> tasks() {
        return List.of(this::run);
    }

    private Object run() throws InterruptedException {
        double warmUpMs = warmWakeUps > 0 ? warmUp() : 0;
        System.gc();
        DeoptimizationCount deopts = countDeopts ? DeoptimizationCount.start() : null;
        try {
            return run(warmUpMs, deopts);
        } finally {
            if (deopts != null) {
                deopts.close();
            }
        }
    }

    private Object run(double warmUpMs, DeoptimizationCount deopts) throws InterruptedException {
        long heap0 = JvmMemory.heapUsed();
        long rss0 = JvmMemory.residentBytes();
        long[] gc0 = JvmMemory.gc();
        Thread.Builder builder = virtual ? Thread.ofVirtual() : Thread.ofPlatform().daemon(true);
        float[] oversleepMs = new float[count];
        Thread[] threads = new Thread[count];
        LiveThreads gauge = live;
        var sampler = gauge == null ? null : gauge.sample(virtual ? "virtual" : "platform", variant, sleepMs);
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int index = i;
            threads[i] = builder.start(() -> sleep(sleepMs, oversleepMs, index, gauge));
            if (gauge != null) {
                gauge.started();
            }
        }
        long started = System.nanoTime();
        WakeUpProbe wakeStart = virtual ? WakeUpProbe.now(Thread.currentThread()) : null;
        long heap1 = JvmMemory.heapUsed();
        long rss1 = JvmMemory.residentBytes();
        int alive = 0;
        for (Thread t : threads) {
            alive += t.isAlive() ? 1 : 0;
        }
        for (Thread t : threads) {
            t.join();
        }
        long finished = System.nanoTime();
        WakeUpSplit wakeUp = wakeStart == null ? null
                : WakeUpProbe.now(Thread.currentThread()).since(wakeStart, carriers(), count);
        if (sampler != null) {
            sampler.close();
        }
        long[] gc1 = JvmMemory.gc();
        Arrays.sort(oversleepMs);
        measured = new MillionMeasurement(variant, flags, virtual ? "virtual" : "platform", count, sleepMs,
                (started - t0) / 1e6, (finished - t0) / 1e6, alive,
                (double) (heap1 - heap0) / count, (double) (rss1 - rss0) / count,
                oversleepMs[count / 2], oversleepMs[(int) Math.min(count - 1, (long) count * 99 / 100)], oversleepMs[count - 1],
                gc1[0] - gc0[0], gc1[1] - gc0[1], Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getInit() / (1024 * 1024), wakeUp,
                WakeUpPathWarmUp.WAVES * warmWakeUps, warmUpMs, deopts == null ? null : deopts.stop());
        return count;
    }

    private static int carriers() {
        return SchedulerSettings.current().parallelism();
    }

    /**
     * Runs the warm-up through the measured threads' own code and branches (an array to record into, the
     * same live gauge), with the warm-up's short sleep: a branch the warm-up never took would be compiled
     * as a trap that every measured thread then hits (JFR counted 100,000 of them when the warm-up skipped
     * the recording).
     */
    private double warmUp() throws InterruptedException {
        float[] scratch = new float[warmWakeUps];
        LiveThreads gauge = live;
        return WakeUpPathWarmUp.run(warmWakeUps, index -> sleep(WakeUpPathWarmUp.SLEEP_MS, scratch, index, gauge));
    }

    /** Sleeps, recording how much later than asked the thread woke up: the timer and scheduling lag. */
    private static void sleep(long ms, float[] oversleepMs, int index, LiveThreads gauge) {
        long start = System.nanoTime();
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        oversleepMs[index] = (float) ((System.nanoTime() - start) / 1e6 - ms);
        if (gauge != null) {
            gauge.finished();
        }
    }

    @Override
    public Map<String, Object> extras() {
        MillionMeasurement last = measured;
        return last == null ? Map.of() : Json.fields(last);
    }
}
