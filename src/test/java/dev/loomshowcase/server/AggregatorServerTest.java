package dev.loomshowcase.server;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server as {@code serve} starts it: the deadline (504) and the platform-pool baseline, whose
 * only difference from the virtual server is where each request's work runs. Stub delays are scaled
 * to 300 ms to keep the class fast.
 */
@Tag("slow")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AggregatorServerTest {

    static final double DELAY_SCALE = 0.3;
    static final long DELAY_MS = 300;
    private static StubServer stubs;

    @BeforeAll
    static void startStubs() {
        stubs = StubServer.start(StubDirectory.locate(), 0, DELAY_SCALE);
    }

    @AfterAll
    static void stopStubs() {
        stubs.close();
    }

    private static AggregatorServer start(RequestThreads threads, Duration deadline) {
        return AggregatorServer.start(new AggregatorServer.Settings("127.0.0.1", 0, stubs.baseUrl(), deadline), threads);
    }

    @Test
    void downstreamCallsBeyondTheDeadlineAnswerGatewayTimeout() throws Exception {
        try (AggregatorServer server = start(RequestThreads.virtual(), Duration.ofMillis(100));
             HttpClient http = HttpClient.newHttpClient()) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(get(server.uri(), "/aggregate/1"), HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(504, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("deadline-exceeded"), answer.body());
            assertTrue(ms < 2 * DELAY_MS + 500, "the 100 ms deadline should cut the 300 ms calls short; took " + ms + " ms");
        }
    }

    @Test
    void platformPoolQueuesRequestsBeyondItsSizeWhileVirtualThreadsDoNot() throws Exception {
        long pool = burst(RequestThreads.platformPool(4), 16);
        long virtual = burst(RequestThreads.virtual(), 16);
        assertTrue(pool >= 3 * DELAY_MS,
                "16 requests on 4 platform threads need 4 rounds of ~" + DELAY_MS + " ms; took " + pool + " ms");
        assertTrue(virtual * 1.5 < pool,
                "virtual threads should not queue: virtual " + virtual + " ms vs pool of 4 " + pool + " ms");
    }

    @Test
    void baselineAnswersErrorsAsTheVirtualServerDoes() throws Exception {
        try (AggregatorServer server = start(RequestThreads.platformPool(2), Duration.ofSeconds(5));
             HttpClient http = HttpClient.newHttpClient()) {
            assertEquals("platform-pool", server.model());
            assertEquals(400, http.send(get(server.uri(), "/aggregate/x"), HttpResponse.BodyHandlers.discarding()).statusCode());
            assertEquals(404, http.send(get(server.uri(), "/aggregate/99"), HttpResponse.BodyHandlers.discarding()).statusCode());
            assertEquals(502, http.send(get(server.uri(), "/aggregate/500"), HttpResponse.BodyHandlers.discarding()).statusCode());
            assertEquals(200, http.send(get(server.uri(), "/aggregate/1"), HttpResponse.BodyHandlers.discarding()).statusCode());
        }
    }

    /** Wall time of {@code count} concurrent aggregates after one warm-up request. */
    private static long burst(RequestThreads threads, int count) throws Exception {
        try (AggregatorServer server = start(threads, Duration.ofSeconds(10));
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
             ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            HttpRequest request = get(server.uri(), "/aggregate/2");
            assertEquals(200, http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
            long start = System.nanoTime();
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                answers.add(clients.submit(() -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get());
            }
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    private static HttpRequest get(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build();
    }
}
