package dev.loomshowcase.observe;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts the carrier threads that ran anything between two points: the distinct carriers a cell's
 * virtual threads actually used, as opposed to the carrier count it was started with.
 *
 * <p>A carrier is a platform thread of class {@code jdk.internal.misc.CarrierThread}; one that ran a
 * virtual thread has used CPU time, so a carrier counts when its CPU time grew since {@link #start()}.
 * This needs no hook into the work itself, so it holds for workloads that start their own threads.
 */
public final class CarriersSeen {

    static final String CARRIER_CLASS = "jdk.internal.misc.CarrierThread";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> cpuAtStart;

    private CarriersSeen() {
        this.cpuAtStart = carrierCpu();
    }

    /** Starts counting from now. */
    public static CarriersSeen start() {
        return new CarriersSeen();
    }

    /** The carriers whose CPU time grew since {@link #start()} (a carrier born since counts when it used any). */
    public int count() {
        int seen = 0;
        for (var entry : carrierCpu().entrySet()) {
            long before = cpuAtStart.getOrDefault(entry.getKey(), 0L);
            if (entry.getValue() > before) {
                seen++;
            }
        }
        return seen;
    }

    private Map<Long, Long> carrierCpu() {
        Map<Long, Long> cpu = new HashMap<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getClass().getName().equals(CARRIER_CLASS)) {
                long nanos = threads.getThreadCpuTime(thread.threadId());
                if (nanos >= 0) {
                    cpu.put(thread.threadId(), nanos);
                }
            }
        }
        return cpu;
    }
}
