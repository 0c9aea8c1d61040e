package dev.loomshowcase.workload;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps each task of a run to see its concurrency: the most tasks in flight at once, and the threads
 * that ran them. Each task waits (at most {@link #RENDEZVOUS_MS}) until every task has arrived, so a
 * model that lets them all run at once shows them all at once even when a task alone would be quick.
 */
final class ConcurrencyProbe {

    static final long RENDEZVOUS_MS = 250;

    /** What a run showed: most tasks in flight, distinct threads, and whether all of those were virtual. */
    record Seen(int maxInFlight, int threads, boolean virtual) {
    }

    private final CountDownLatch arrived;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    ConcurrencyProbe(int tasks) {
        this.arrived = new CountDownLatch(tasks);
    }

    <T> T call(Callable<T> task) throws Exception {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        threads.add(Thread.currentThread());
        arrived.countDown();
        try {
            arrived.await(RENDEZVOUS_MS, TimeUnit.MILLISECONDS);
            return task.call();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** As {@link #call}, for task shapes that cannot throw checked exceptions. */
    <T> T callUnchecked(Callable<T> task) {
        try {
            return call(task);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException(e);
        }
    }

    Seen seen() {
        return new Seen(maxInFlight.get(), threads.size(), !threads.isEmpty() && threads.stream().allMatch(Thread::isVirtual));
    }
}
