package dev.loomshowcase.scenes.pitfalls;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.util.Arrays;

/**
 * libc's {@code qsort} with a Java comparator passed as an FFM upcall that blocks: the virtual
 * thread parks with a native frame on its stack, cannot unmount, and JFR reports it pinned
 * ({@code jdk.VirtualThreadPinned}). The twin sorts the same ints in Java with the same comparator.
 */
public final class NativeSort {

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle QSORT = LINKER.downcallHandle(
            LINKER.defaultLookup().find("qsort").orElseThrow(() -> new IllegalStateException("libc has no qsort")),
            FunctionDescriptor.ofVoid(ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
    private static final FunctionDescriptor COMPARE = FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS.withTargetLayout(ValueLayout.JAVA_INT), ValueLayout.ADDRESS.withTargetLayout(ValueLayout.JAVA_INT));
    private static final MethodHandle COMPARE_NATIVE = compareHandle();

    private NativeSort() {
    }

    /** Sorts {@code values} with qsort, the comparator blocking for {@code block} once, in an upcall. */
    public static int[] sortNative(int[] values, Duration block) {
        var comparator = new BlockingComparator(block);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment array = arena.allocateFrom(ValueLayout.JAVA_INT, values);
            MemorySegment upcall = LINKER.upcallStub(COMPARE_NATIVE.bindTo(comparator), COMPARE, arena);
            QSORT.invokeExact(array, (long) values.length, ValueLayout.JAVA_INT.byteSize(), upcall);
            return array.toArray(ValueLayout.JAVA_INT);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("qsort failed", t);
        }
    }

    /** The fixed twin: the same comparator, blocking the same way, in Java's own sort (no native frame). */
    public static int[] sortJava(int[] values, Duration block) {
        Integer[] boxed = Arrays.stream(values).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, new BlockingComparator(block));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private static MethodHandle compareHandle() {
        try {
            return MethodHandles.lookup().findVirtual(BlockingComparator.class, "compareNative",
                    MethodType.methodType(int.class, MemorySegment.class, MemorySegment.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
