package dev.loomshowcase.server;

import java.util.concurrent.atomic.LongAdder;

/**
 * Live counters of a load run, read while it runs by a live view: requests sent and not yet answered
 * (in flight), and answers so far. Counted by the clients themselves, so they cost a striped add per
 * request and never make clients contend.
 */
public final class LoadGauge {

    private final LongAdder inFlight = new LongAdder();
    private final LongAdder answered = new LongAdder();

    void sent() {
        inFlight.increment();
    }

    void abandoned() {
        inFlight.decrement();
    }

    void answer() {
        inFlight.decrement();
        answered.increment();
    }

    /** Requests sent and not yet answered, now. */
    public long inFlight() {
        return inFlight.sum();
    }

    /** Answers (of any status, or failures) so far. */
    public long answered() {
        return answered.sum();
    }
}
