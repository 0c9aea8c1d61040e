package dev.loomshowcase.server;

import com.sun.management.OperatingSystemMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used so far by one process: this JVM (its own MXBean), or another process by its id, from
 * Linux's {@code /proc/<pid>/stat} (user + system ticks). Each process of a load test (server, stubs,
 * load generator) is read separately, so every CPU second is attributed to the one that spent it.
 */
final class ProcessCpu {

    /** Linux's clock ticks per second for {@code /proc/<pid>/stat} (USER_HZ, 100 on every common kernel). */
    private static final double TICKS_PER_MS = 0.1;

    private ProcessCpu() {
    }

    /** CPU time of this JVM, in ms. */
    static double selfMs() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e6
                : Double.NaN;
    }

    /** CPU time of process {@code pid} in ms, or NaN when it cannot be read (gone, or not Linux). */
    static double ofMs(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_MS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
