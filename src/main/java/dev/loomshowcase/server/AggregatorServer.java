package dev.loomshowcase.server;

import dev.loomshowcase.downstream.Downstream;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;

import java.net.URI;
import java.time.Duration;

/**
 * The aggregator as a running Helidon SE 4 (Níma) WebServer: {@code /aggregate/{userId}}, plus
 * Helidon's own {@code /observe/health} and {@code /observe/metrics}.
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
public final class AggregatorServer implements AutoCloseable {

    /** Accept queue for bursts of new connections (a load test opens ~1000 at once). */
    static final int BACKLOG = 4096;

    private final WebServer server;
    private final Downstream downstream;
    private final RequestThreads threads;
    private final String host;

    private AggregatorServer(WebServer server, String host, Downstream downstream, RequestThreads threads) {
        this.server = server;
        this.host = host;
        this.downstream = downstream;
        this.threads = threads;
    }

    /**
     * Where to listen and what to call.
     *
     * @param host     address to bind, 127.0.0.1 by default
     * @param port     0 picks a free port
     * @param stubs    base URL of the downstream services
     * @param deadline limit of the three downstream calls of one request (504 beyond it)
     */
    public record Settings(String host, int port, URI stubs, Duration deadline) {
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

    /** Starts a server; {@code threads} is owned by it from now on and closed with it. */
    public static AggregatorServer start(Settings settings, RequestThreads threads) {
        Downstream downstream = new Downstream(settings.stubs(), settings.deadline().plusSeconds(5));
        AggregateService service = new AggregateService(
                new Aggregator(downstream, settings.deadline(), threads.forks()), threads);
        try {
            WebServer server = WebServer.builder()
                    .host(settings.host())
                    .port(settings.port())
                    .backlog(BACKLOG)
                    .shutdownHook(false)
                    .featuresDiscoverServices(false)
                    .addFeature(observability())
                    .routing(routing -> routing(routing, service))
                    .build()
                    .start();
            return new AggregatorServer(server, settings.host(), downstream, threads);
        } catch (RuntimeException e) {
            downstream.close();
            threads.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    /** Base URL, e.g. {@code http://127.0.0.1:41234}. */
    public URI uri() {
        String address = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + address + ":" + server.port());
    }

    /** The thread model this server runs its work on. */
    public String model() {
        return threads.model();
    }

    @Override
    public void close() {
        server.stop();
        threads.close();
        downstream.close();
    }
}
