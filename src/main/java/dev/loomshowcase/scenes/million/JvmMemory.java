package dev.loomshowcase.scenes.million;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The memory figures the thread-count scenes read before and after starting their threads: heap in
 * use, collections so far, and the process's resident set. One place, so that {@code million} and the
 * ThreadLocal/ScopedValue pair measure alike.
 */
public final class JvmMemory {

    private JvmMemory() {
    }

    /** Heap bytes in use now. */
    public static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Collections and total collection time (ms) so far, over all collectors. */
    public static long[] gc() {
        long count = 0;
        long time = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            time += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {count, time};
    }

    /** The process's resident set in bytes (VmRSS), or 0 where /proc is absent. */
    public static long residentBytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
                    .findFirst().orElse(0L);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
