package dev.loomshowcase.engine;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Tasks that count how many of them are inside at once (an atomic max-in-flight counter), and that
 * each wait (with a timeout) until {@code target} of them have entered, so a runner that admits
 * {@code target} at once is seen to do so, and one that admits fewer is seen to time out.
 */
final class InFlightProbe {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final CountDownLatch entered;
    private final AtomicInteger timedOut = new AtomicInteger();
    private final long waitMillis;

    InFlightProbe(int target, long waitMillis) {
        this.entered = new CountDownLatch(target);
        this.waitMillis = waitMillis;
    }

    List<Callable<Integer>> tasks(int count) {
        return IntStream.range(0, count).<Callable<Integer>>mapToObj(i -> () -> enter(i)).toList();
    }

    private int enter(int index) throws InterruptedException {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            entered.countDown();
            if (!entered.await(waitMillis, TimeUnit.MILLISECONDS)) {
                timedOut.incrementAndGet();
            }
            return index;
        } finally {
            inFlight.decrementAndGet();
        }
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    int inFlightNow() {
        return inFlight.get();
    }

    /** True when the target was reached (no task waited in vain). */
    boolean targetReached() {
        return entered.getCount() == 0 && timedOut.get() == 0;
    }
}
