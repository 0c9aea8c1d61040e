package dev.loomshowcase.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many requests the server holds at once, and the bound beyond which it sheds load.
 *
 * <p>The Loom way to bound concurrency is a {@link Semaphore}, not a pool: a request that finds no
 * permit is answered 503 at once (microseconds), instead of waiting for a deadline and getting 504.
 * The same bound applies to the platform baseline, where it caps running plus queued requests.
 * The count is what the server itself sees in flight; the scenario samples it during its window.
 */
public final class InFlightLimit {

    /** No bound: every request is admitted. */
    public static final int UNBOUNDED = 0;

    private final int max;
    private final Semaphore permits;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final LongAdder shed = new LongAdder();
    private final LongAdder answered = new LongAdder();

    /** @param max requests held at once, or {@link #UNBOUNDED} */
    public InFlightLimit(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max in flight must be 0 (unbounded) or more, was " + max);
        }
        this.max = max;
        this.permits = max == UNBOUNDED ? null : new Semaphore(max);
    }

    /** Admits a request (true; call {@link #leave()} when it is answered) or sheds it (false). */
    public boolean tryEnter() {
        if (permits != null && !permits.tryAcquire()) {
            shed.increment();
            return false;
        }
        inFlight.incrementAndGet();
        return true;
    }

    /** The end of an admitted request. */
    public void leave() {
        inFlight.decrementAndGet();
        answered.increment();
        if (permits != null) {
            permits.release();
        }
    }

    /** Requests admitted and not yet answered. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Admitted requests answered so far (any status). */
    public long answered() {
        return answered.sum();
    }

    /** Requests answered 503 so far. */
    public long shed() {
        return shed.sum();
    }

    /** The bound, or {@link #UNBOUNDED}. */
    public int max() {
        return max;
    }
}
