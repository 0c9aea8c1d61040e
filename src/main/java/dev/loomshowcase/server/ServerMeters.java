package dev.loomshowcase.server;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.FunctionalCounter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.Meter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;

import java.util.List;

/**
 * The server's own counts in {@code /observe/metrics}: {@code aggregate.inFlight} (requests admitted
 * and not yet answered), {@code aggregate.maxInFlight} (the bound, 0 = none) and
 * {@code aggregate.shed} (requests answered 503 at once), tagged with the thread model.
 */
final class ServerMeters implements AutoCloseable {

    private final MeterRegistry registry;
    private final List<Meter> meters;

    private ServerMeters(MeterRegistry registry, List<Meter> meters) {
        this.registry = registry;
        this.meters = meters;
    }

    static ServerMeters register(String model, InFlightLimit limit) {
        MeterRegistry registry = Metrics.globalRegistry();
        var tags = Metrics.tags("model", model);
        List<Meter> meters = List.of(
                registry.getOrCreate(Gauge.builder("aggregate.inFlight", limit, l -> l.inFlight()).tags(tags)),
                registry.getOrCreate(Gauge.builder("aggregate.maxInFlight", limit, l -> l.max()).tags(tags)),
                registry.getOrCreate(FunctionalCounter.builder("aggregate.shed", limit, InFlightLimit::shed).tags(tags)));
        return new ServerMeters(registry, meters);
    }

    @Override
    public void close() {
        meters.forEach(registry::remove);
    }
}
