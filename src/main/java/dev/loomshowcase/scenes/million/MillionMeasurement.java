package dev.loomshowcase.scenes.million;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What one run of the million scene measured, as the cell's extras: written by {@link MillionWorkload}
 * in the child, read back by the scenario in the parent, so both sides name each number once.
 *
 * @param variant            the row's name, e.g. {@code virtual, -Xms1g}
 * @param flags              the JVM flags the child ran with
 * @param kind               {@code virtual} or {@code platform}
 * @param threads            threads started
 * @param sleepMs            how long each slept
 * @param startMs            time to start them all
 * @param finishMs           time until all were joined
 * @param aliveAfterStart    threads still alive when the last one had started
 * @param heapBytesPerThread heap growth while they started, per thread
 * @param rssBytesPerThread  resident-set growth while they started, per thread
 * @param oversleepMedianMs  how late the threads woke from their sleep: median
 * @param oversleepP99Ms     the same, 99th percentile
 * @param oversleepMaxMs     the same, the latest
 * @param gcCount            collections during the run
 * @param gcMs               time those collections took
 * @param maxHeapMB          the child's maximum heap
 * @param initialHeapMB      the child's initial heap
 * @param wakeUp             where the wake-up went (virtual threads only; null for platform threads)
 * @param warmUpThreads      virtual threads run through a short sleep before the measured ones (0: none)
 * @param warmUpMs           what that warm-up took, outside the measured times
 * @param deoptimizations    the JIT's deoptimizations during the run, when counted (that cell's times
 *                           include the counting's cost); null when not counted
 */
public record MillionMeasurement(String variant, String flags, String kind, int threads, long sleepMs,
                                 double startMs, double finishMs, int aliveAfterStart,
                                 double heapBytesPerThread, double rssBytesPerThread,
                                 double oversleepMedianMs, double oversleepP99Ms, double oversleepMaxMs,
                                 long gcCount, long gcMs, long maxHeapMB, long initialHeapMB, WakeUpSplit wakeUp,
                                 int warmUpThreads, double warmUpMs, Deoptimizations deoptimizations) {

    /** Threads started per second. */
    @JsonIgnore
    public double startRate() {
        return threads / (startMs / 1000);
    }

    /** True when this run counted deoptimizations: evidence, its times slowed by the counting. */
    @JsonIgnore
    public boolean counted() {
        return deoptimizations != null;
    }
}
