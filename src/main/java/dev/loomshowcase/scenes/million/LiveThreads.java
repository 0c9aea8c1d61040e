package dev.loomshowcase.scenes.million;

import dev.loomshowcase.engine.LiveSampler;
import dev.loomshowcase.engine.RateMeter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The {@code million} cell's live figure: threads started and not yet finished (in flight), threads
 * finishing per second, and Little's bound on that rate: the most threads in flight so far, each
 * sleeping its sleep, finish at most (in flight / sleep) per second.
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
    LiveSampler sample(String kind, String variant, long sleepMs) {
        long start = System.nanoTime();
        RateMeter rate = new RateMeter();
        long[] peak = {0};
        return LiveSampler.start(() -> {
            long done = finished.sum();
            long inFlight = started.sum() - done;
            peak[0] = Math.max(peak[0], inFlight);
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("type", "in-flight");
            event.put("variant", variant);
            event.put("what", kind + " threads");
            event.put("rateWhat", "threads finishing");
            event.put("inFlight", inFlight);
            event.put("perSecond", rate.perSecond(done));
            event.put("littleBound", Math.round(peak[0] / (sleepMs / 1000.0) * 10) / 10.0);
            event.put("atMs", (System.nanoTime() - start) / 1_000_000);
            return event;
        });
    }
}
