package dev.loomshowcase.workload;

import dev.loomshowcase.engine.LiveSampler;
import dev.loomshowcase.engine.RateMeter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The {@code million} cell's live figure: threads started and not yet finished (in flight), threads
 * finishing per second, and Little's bound on that rate (in flight / sleep) while they run.
 */
final class LiveThreads {

    private final LongAdder started = new LongAdder();
    private final LongAdder finished = new LongAdder();

    void started() {
        started.increment();
    }

    void finished() {
        finished.increment();
    }

    /** Starts printing the figures every {@link LiveSampler#PERIOD} until closed. */
    LiveSampler sample(String kind, long sleepMs) {
        long start = System.nanoTime();
        RateMeter rate = new RateMeter();
        return LiveSampler.start(() -> {
            long done = finished.sum();
            long inFlight = started.sum() - done;
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("type", "in-flight");
            event.put("what", kind + " threads");
            event.put("rateWhat", "threads finishing");
            event.put("inFlight", inFlight);
            event.put("perSecond", rate.perSecond(done));
            event.put("littleBound", Math.round(inFlight / (sleepMs / 1000.0) * 10) / 10.0);
            event.put("atMs", (System.nanoTime() - start) / 1_000_000);
            return event;
        });
    }
}
