package dev.loomshowcase.scenes.pitfalls;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.time.Duration;

/**
 * libc's {@code usleep}, called through the FFM API: a blocking native downcall. The virtual thread
 * that makes it stays on its carrier for the whole sleep (the JVM cannot unmount a thread that is
 * inside native code), and since it never parks, no {@code jdk.VirtualThreadPinned} event fires.
 * Needs {@code --enable-native-access=ALL-UNNAMED} to run without a warning.
 */
public final class NativeSleep {

    private static final MethodHandle USLEEP = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("usleep")
                    .orElseThrow(() -> new IllegalStateException("libc has no usleep")),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    private NativeSleep() {
    }

    /** Sleeps in native code; not interruptible, like any blocking native call. */
    public static void sleep(Duration duration) {
        try {
            int rc = (int) USLEEP.invokeExact((int) (duration.toNanos() / 1000));
            if (rc != 0) {
                throw new IllegalStateException("usleep returned " + rc);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("usleep failed", t);
        }
    }
}
