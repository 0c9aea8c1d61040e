package dev.loomshowcase.scenes.payments;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The whole process's voluntary and involuntary context switches, from {@code getrusage(RUSAGE_SELF)}
 * (Linux, via the FFM API).
 *
 * <p>Why not {@code /proc/self/status}: its {@code voluntary_ctxt_switches} counts only the process's
 * first thread (on a JVM, the launcher thread, which just waits), and {@code /proc/self/task/*}
 * forgets threads that have ended; {@code getrusage} sums every thread, ended ones included.
 * Needs {@code --enable-native-access=ALL-UNNAMED} to run without a warning.
 *
 * @param voluntary   switches because a thread blocked (waited, parked, slept)
 * @param involuntary switches because the OS preempted a runnable thread (time slice over)
 */
public record ContextSwitches(long voluntary, long involuntary) {

    private static final int RUSAGE_SELF = 0;
    /** struct rusage on 64-bit Linux: two struct timeval (16 bytes each), then 14 longs. */
    private static final long SIZE = 2 * 16 + 14 * 8;
    private static final long NVCSW_OFFSET = 2 * 16 + 12 * 8;
    private static final long NIVCSW_OFFSET = NVCSW_OFFSET + 8;
    private static final Optional<MethodHandle> GETRUSAGE = lookup();

    /** The switches so far, or empty where getrusage cannot be called (not Linux, no native access). */
    public static Optional<ContextSwitches> now() {
        if (GETRUSAGE.isEmpty()) {
            return Optional.empty();
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment usage = arena.allocate(SIZE, 8);
            int rc = (int) GETRUSAGE.get().invokeExact(RUSAGE_SELF, usage);
            if (rc != 0) {
                return Optional.empty();
            }
            return Optional.of(new ContextSwitches(usage.get(ValueLayout.JAVA_LONG, NVCSW_OFFSET),
                    usage.get(ValueLayout.JAVA_LONG, NIVCSW_OFFSET)));
        } catch (Throwable e) {
            return Optional.empty();
        }
    }

    /** The switches between {@code earlier} and this reading. */
    public ContextSwitches minus(ContextSwitches earlier) {
        return new ContextSwitches(voluntary - earlier.voluntary, involuntary - earlier.involuntary);
    }

    private static Optional<MethodHandle> lookup() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                || !"64".equals(System.getProperty("sun.arch.data.model"))) {
            return Optional.empty();
        }
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find("getrusage").map(address -> linker.downcallHandle(address,
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS)));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
