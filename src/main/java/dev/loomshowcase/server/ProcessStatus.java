package dev.loomshowcase.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Linux says about this process in {@code /proc/self/status}: its peak resident memory
 * ({@code VmHWM}, the high-water mark of the resident set since the process started) and its live OS
 * threads ({@code Threads}: every platform thread, carrier, event loop, GC and JIT thread). Both are the
 * server's cost an evaluator compares beside its throughput.
 */
final class ProcessStatus {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessStatus() {
    }

    /** Peak resident memory in bytes, or -1 when unknown (not Linux). */
    static long peakRssBytes() {
        long kb = field("VmHWM:");
        return kb < 0 ? -1 : kb * 1024;
    }

    /** Live OS threads of this process now, or -1 when unknown. */
    static int osThreads() {
        return (int) field("Threads:");
    }

    /** The first number after {@code name} in the status file, or -1. */
    private static long field(String name) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
                }
            }
            return -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
