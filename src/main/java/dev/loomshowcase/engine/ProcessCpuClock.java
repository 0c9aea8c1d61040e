package dev.loomshowcase.engine;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;

/**
 * This process's CPU time, in ns, read finely enough for short cells. The JDK's
 * {@code OperatingSystemMXBean.getProcessCpuTime()} counts on Linux in clock ticks of 10 ms, so a
 * 5 ms cell reads 0% or 200% busy, and a sentence built on it ("mostly waiting") states what the clock
 * could not see. On Linux this reads {@code clock_gettime(CLOCK_PROCESS_CPUTIME_ID)} through the FFM
 * API instead (ns resolution, every thread of the process, dead ones included); elsewhere, or when that
 * cannot be linked, the MXBean. Child JVMs run with {@code --enable-native-access=ALL-UNNAMED}.
 */
public final class ProcessCpuClock {

    /** Linux's id of the process CPU-time clock ({@code <time.h>}). */
    private static final int CLOCK_PROCESS_CPUTIME_ID = 2;

    private static final Optional<MethodHandle> CLOCK_GETTIME = link();

    private ProcessCpuClock() {
    }

    /** CPU time used by this process so far, ns. */
    public static long nanos() {
        return CLOCK_GETTIME.map(ProcessCpuClock::read).orElseGet(ProcessCpuClock::mxBean);
    }

    /** True when the fine clock is in use; false when readings come in the MXBean's ticks. */
    public static boolean fine() {
        return CLOCK_GETTIME.isPresent();
    }

    private static long read(MethodHandle clockGettime) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment timespec = arena.allocate(2 * Long.BYTES, Long.BYTES);
            int rc = (int) clockGettime.invokeExact(CLOCK_PROCESS_CPUTIME_ID, timespec);
            if (rc != 0) {
                return mxBean();
            }
            return timespec.get(ValueLayout.JAVA_LONG, 0) * 1_000_000_000L + timespec.get(ValueLayout.JAVA_LONG, Long.BYTES);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("clock_gettime failed", t);
        }
    }

    private static long mxBean() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** clock_gettime on 64-bit Linux (two longs in a timespec); empty elsewhere or when it cannot be linked. */
    private static Optional<MethodHandle> link() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !"64".equals(System.getProperty("sun.arch.data.model", "64"))) {
            return Optional.empty();
        }
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find("clock_gettime").map(address -> linker.downcallHandle(address,
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS)));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
