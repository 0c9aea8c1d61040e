package dev.loomshowcase.server;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;

import java.net.URI;
import java.time.Duration;

/**
 * The aggregator as a running Helidon SE 4 (Níma) WebServer: {@code /aggregate/{userId}}, plus
 * Helidon's own {@code /observe/health} and {@code /observe/metrics} (where the in-flight count and
 * the shed requests show, see {@link ServerMeters}).
 *
 * <p>Every request runs on a virtual thread of Helidon's; {@link RequestThreads} decides whether the
 * work stays there ({@code virtual}) or waits for a pool thread ({@code platform-pool}, the baseline).
 * {@snippet :
 * try (AggregatorServer server = AggregatorServer.start(
 *         new AggregatorServer.Settings("127.0.0.1", 0, stubs, Duration.ofSeconds(5)), RequestThreads.virtual())) {
 *     URI aggregate = server.uri().resolve("/aggregate/1");
 * }
 * }
 */
public final class AggregatorServer implements RunningAggregator {

    /** Accept queue for bursts of new connections (a load test opens thousands at once). */
    static final int BACKLOG = 8192;

    private final WebServer server;
    private final String host;
    private final Resources resources;

    private AggregatorServer(WebServer server, String host, Resources resources) {
        this.server = server;
        this.host = host;
        this.resources = resources;
    }

    /**
     * Where to listen, what to call, and how.
     *
     * @param host        address to bind, 127.0.0.1 by default
     * @param port        0 picks a free port
     * @param stubs       base URL of the downstream services
     * @param deadline    limit of the three downstream calls of one request (504 beyond it)
     * @param client      the downstream HTTP client
     * @param maxInFlight requests held at once before shedding with 503, or {@link InFlightLimit#UNBOUNDED}
     */
    public record Settings(String host, int port, URI stubs, Duration deadline, DownstreamClient.Kind client,
                           int maxInFlight) {

        /** The default client, no bound on requests in flight. */
        public Settings(String host, int port, URI stubs, Duration deadline) {
            this(host, port, stubs, deadline, DownstreamClient.Kind.byDefault(), InFlightLimit.UNBOUNDED);
        }
    }

    /** The routing shared by the server and its tests: the aggregate service under {@code /aggregate}. */
    public static void routing(HttpRouting.Builder routing, AggregateService service) {
        routing.register("/aggregate", service);
    }

    /** Helidon's observability: health and metrics under {@code /observe}. */
    public static ObserveFeature observability() {
        return ObserveFeature.builder()
                .addObserver(HealthObserver.builder().details(true).build())
                .addObserver(MetricsObserver.create())
                .build();
    }

    /**
     * Starts a server; {@code threads} is owned by it from now on and closed with it.
     *
     * @throws ServerStartException when it cannot listen (a port in use, say), in one line naming the address
     */
    public static AggregatorServer start(Settings settings, RequestThreads threads) {
        Resources resources = Resources.open(settings, threads);
        try {
            AggregateService service = new AggregateService(resources.aggregator(), threads, resources.limit());
            WebServer server = WebServer.builder()
                    .host(settings.host())
                    .port(settings.port())
                    .backlog(BACKLOG)
                    .shutdownHook(false)
                    .featuresDiscoverServices(false)
                    .addFeature(observability())
                    .routing(routing -> routing(routing, service))
                    .build();
            QuietStartup.start(server, settings.host(), settings.port());
            return new AggregatorServer(server, settings.host(), resources);
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    @Override
    public URI uri() {
        String address = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + address + ":" + server.port());
    }

    /** The thread model this server runs its work on. */
    @Override
    public String model() {
        return resources.threads().model();
    }

    @Override
    public InFlightLimit inFlight() {
        return resources.limit();
    }

    @Override
    public void close() {
        server.stop();
        resources.close();
    }

    /** What a server owns besides Helidon's: closed together, in reverse order of opening. */
    private record Resources(RequestThreads threads, DownstreamClient client, FanOut fanOut, InFlightLimit limit,
                             ServerMeters meters, Aggregator aggregator) implements AutoCloseable {

        static Resources open(Settings settings, RequestThreads threads) {
            DownstreamClient client = DownstreamClient.of(settings.client(), settings.stubs(), settings.deadline().plusSeconds(5));
            FanOut fanOut = threads.fanOut(settings.deadline());
            InFlightLimit limit = new InFlightLimit(settings.maxInFlight());
            ServerMeters meters = ServerMeters.register(threads.model(), limit);
            return new Resources(threads, client, fanOut, limit, meters,
                    new Aggregator(client, settings.deadline(), fanOut));
        }

        @Override
        public void close() {
            meters.close();
            threads.close();
            fanOut.close();
            client.close();
        }
    }
}
