package dev.loomshowcase.engine;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Prints live events from its own platform thread, so the thread that reports an event never blocks:
 * a virtual thread that waited for the stdout lock would leave its carrier in the middle of the phase
 * it reports, and the observation would change what it observes (a CPU phase "changing carrier",
 * two phases "overlapping" on one carrier). Handing an event over is a lock-free queue offer.
 */
final class LivePrinter {

    private final PrintStream out;
    private final LinkedTransferQueue<Map<String, Object>> queue = new LinkedTransferQueue<>();
    private final AtomicLong offered = new AtomicLong();
    private volatile long printed;

    LivePrinter(PrintStream out) {
        this.out = out;
        Thread.ofPlatform().daemon(true).name("live-printer").start(this::printForever);
    }

    void offer(Map<String, Object> event) {
        offered.incrementAndGet();
        queue.offer(event);
    }

    /** Waits until every event offered so far is printed, at most {@code limit}. */
    void drain(Duration limit) {
        long target = offered.get();
        long deadline = System.nanoTime() + limit.toNanos();
        while (printed < target && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    private void printForever() {
        while (true) {
            Map<String, Object> event;
            try {
                event = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                out.println(LiveLine.MARKER + Json.compact(event));
                out.flush();
            } catch (RuntimeException unprintable) {
                // skip an event that cannot be written; the measurement goes on
            }
            printed++;
        }
    }
}
