package dev.loomshowcase.server;

import dev.loomshowcase.engine.LiveSampler;
import dev.loomshowcase.engine.RateMeter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server cell's live figure: requests in flight and answers per second, as the server itself
 * counts them ({@link InFlightLimit}), beside Little's bound for that load (clients / downstream delay).
 */
final class LiveLoad {

    private LiveLoad() {
    }

    /** Starts printing the gauge's figures every {@link LiveSampler#PERIOD} until closed. */
    static LiveSampler sample(InFlightLimit gauge, int clients, long delayMs, String server) {
        long start = System.nanoTime();
        RateMeter rate = new RateMeter();
        double bound = clients / (delayMs / 1000.0);
        return LiveSampler.start(() -> {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("type", "in-flight");
            event.put("what", "requests");
            event.put("rateWhat", "answers");
            event.put("server", server);
            event.put("clients", clients);
            event.put("inFlight", gauge.inFlight());
            event.put("perSecond", rate.perSecond(gauge.answered()));
            event.put("littleBound", Math.round(bound * 10) / 10.0);
            event.put("atMs", (System.nanoTime() - start) / 1_000_000);
            return event;
        });
    }
}
