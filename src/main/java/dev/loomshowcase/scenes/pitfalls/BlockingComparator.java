package dev.loomshowcase.scenes.pitfalls;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An int comparator that blocks (a {@code Thread.sleep}) on its first comparison, as a comparator
 * that looked something up over the network would. Used both from Java's own sort (the fixed twin)
 * and as an FFM upcall from libc's {@code qsort}, where the blocking happens under a native frame.
 *
 * <p>An upcall must not throw: an interrupt ends the sleep early and is restored, not lost.
 */
final class BlockingComparator implements Comparator<Integer> {

    private final Duration block;
    private final AtomicBoolean blocked = new AtomicBoolean();

    BlockingComparator(Duration block) {
        this.block = block;
    }

    @Override
    public int compare(Integer a, Integer b) {
        blockOnce();
        return Integer.compare(a, b);
    }

    /** The upcall's entry: libc passes pointers to the two ints. */
    int compareNative(MemorySegment a, MemorySegment b) {
        blockOnce();
        return Integer.compare(a.get(ValueLayout.JAVA_INT, 0), b.get(ValueLayout.JAVA_INT, 0));
    }

    private void blockOnce() {
        if (blocked.compareAndSet(false, true)) {
            try {
                Thread.sleep(block);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
