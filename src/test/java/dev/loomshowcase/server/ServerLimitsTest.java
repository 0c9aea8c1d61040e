package dev.loomshowcase.server;

import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's limits and choices as {@code serve} starts it: shedding beyond {@code --max-in-flight}
 * (503 at once, counted in metrics), a port in use (one line), and both downstream clients.
 */
@Tag("slow")
@Timeout(60)
class ServerLimitsTest {

    static final long DELAY_MS = 500;
    private static StubServer stubs;

    @BeforeAll
    static void startStubs() {
        stubs = StubServer.start(StubDirectory.locate(), 0, DELAY_MS / 1000.0, false);
    }

    @AfterAll
    static void stopStubs() {
        stubs.close();
    }

    private static AggregatorServer start(RequestThreads threads, DownstreamClient.Kind client, int maxInFlight) {
        return AggregatorServer.start(new AggregatorServer.Settings("127.0.0.1", 0, stubs.baseUrl(),
                Duration.ofSeconds(5), client, maxInFlight), threads);
    }

    @ParameterizedTest
    @EnumSource(DownstreamClient.Kind.class)
    void eitherClientAnswersAggregatesAndDownstreamErrors(DownstreamClient.Kind client) throws Exception {
        try (AggregatorServer server = start(RequestThreads.virtual(), client, InFlightLimit.UNBOUNDED);
             HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> ok = http.send(get(server.uri(), "/aggregate/1"), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(ok.body().contains("Ada Lovelace") && ok.body().contains("\"posts\""), ok.body());
            assertEquals(404, status(http, server, "/aggregate/99"));
            assertEquals(502, status(http, server, "/aggregate/500"));
        }
    }

    @Test
    void requestsBeyondTheBoundAreShedAtOnceWithRetryAfter() throws Exception {
        for (RequestThreads threads : List.of(RequestThreads.virtual(), RequestThreads.platformPool(4))) {
            try (AggregatorServer server = start(threads, DownstreamClient.Kind.byDefault(), 2);
                 HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                 ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    answers.add(clients.submit(() -> timed(http, server)));
                }
                int ok = 0;
                int shed = 0;
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> r = answer.get();
                    if (r.statusCode() == 503) {
                        shed++;
                        assertEquals("1", r.headers().firstValue("Retry-After").orElse(""), r.headers().toString());
                        assertTrue(r.body().contains("overloaded"), r.body());
                    } else {
                        assertEquals(200, r.statusCode(), r.body());
                        ok++;
                    }
                }
                assertTrue(ok >= 2 && shed >= 1, server.model() + ": ok " + ok + ", shed " + shed);
                assertEquals(shed, server.inFlight().shed());
                String metrics = http.send(get(server.uri(), "/observe/metrics"), HttpResponse.BodyHandlers.ofString()).body();
                assertTrue(metrics.contains("aggregate_shed") && metrics.contains("aggregate_inFlight"), metrics);
            }
        }
    }

    @Test
    void aPortInUseIsOneLineNamingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            var settings = new AggregatorServer.Settings("127.0.0.1", taken.getLocalPort(), stubs.baseUrl(), Duration.ofSeconds(5));
            ServerStartException e = assertThrows(ServerStartException.class,
                    () -> AggregatorServer.start(settings, RequestThreads.virtual()));
            assertTrue(e.getMessage().contains("127.0.0.1:" + taken.getLocalPort()), e.getMessage());
            assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("Exception"), e.getMessage());
        }
    }

    /** A shed answer comes at once; an admitted one after about one delay. */
    private static HttpResponse<String> timed(HttpClient http, AggregatorServer server) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(get(server.uri(), "/aggregate/1"), HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (r.statusCode() == 503) {
            assertTrue(ms < DELAY_MS, "a shed request waits for nothing, took " + ms + " ms");
        }
        return r;
    }

    private static int status(HttpClient http, AggregatorServer server, String path) throws Exception {
        return http.send(get(server.uri(), path), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest get(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build();
    }
}
