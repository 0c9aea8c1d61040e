package dev.loomshowcase.scenes.yours.examples;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Sorts two ints with libc's {@code qsort}, whose Java comparator waits 50 ms (say, for a lookup):
 * a wait under a native frame. A virtual thread cannot leave its carrier there, so JFR reports it
 * pinned ({@code jdk.VirtualThreadPinned}) and one carrier runs these waits one after another.
 * Needs {@code --enable-native-access=ALL-UNNAMED} (the showcase passes it to every cell).
 */
public class NativeCallback implements Runnable {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle QSORT = LINKER.downcallHandle(
            LINKER.defaultLookup().find("qsort").orElseThrow(),
            FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
    private static final FunctionDescriptor COMPARE = FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS.withTargetLayout(ValueLayout.JAVA_INT), ValueLayout.ADDRESS.withTargetLayout(ValueLayout.JAVA_INT));

    @Override
    public void run() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment array = arena.allocateFrom(ValueLayout.JAVA_INT, 2, 1);
            MethodHandle compare = MethodHandles.lookup().findStatic(NativeCallback.class, "compare",
                    MethodType.methodType(int.class, MemorySegment.class, MemorySegment.class));
            MemorySegment upcall = LINKER.upcallStub(compare, COMPARE, arena);
            QSORT.invokeExact(array, 2L, ValueLayout.JAVA_INT.byteSize(), upcall);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("qsort failed", t);
        }
    }

    /** The comparator qsort calls back: it waits, then compares. */
    static int compare(MemorySegment left, MemorySegment right) {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Integer.compare(left.get(ValueLayout.JAVA_INT, 0), right.get(ValueLayout.JAVA_INT, 0));
    }
}
