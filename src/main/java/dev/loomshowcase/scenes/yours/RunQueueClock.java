package dev.loomshowcase.scenes.yours;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long the calling thread has waited, runnable, for a core that other threads or programs held:
 * the second field of Linux's {@code /proc/thread-self/schedstat}.
 *
 * <p>Why: on a shared machine a computing thread is stretched by others' load, and its CPU share
 * (CPU time / wall time) drops as if it were waiting for I/O. Subtracting the time it waited for a
 * core tells computing from waiting again.
 */
final class RunQueueClock {

    private static final Path SCHEDSTAT = Path.of("/proc/thread-self/schedstat");

    private RunQueueClock() {
    }

    /** Nanoseconds this thread has waited for a core so far, or -1 where the OS does not tell. */
    static long waitedNanos() {
        try {
            String[] fields = Files.readString(SCHEDSTAT).trim().split("\\s+");
            return fields.length >= 2 ? Long.parseLong(fields[1]) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
