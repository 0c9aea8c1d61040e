package dev.loomshowcase.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rival of the {@code server} scenario answers the same aggregate, the same downstream failure and
 * the same deadline, over a real socket, against the same stubs (delays scaled to 300 ms).
 */
@Tag("slow")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RivalsTest {

    static final long DELAY_MS = 300;
    private static StubServer stubs;

    /** The four rivals, each started by the code the scenario starts it with. */
    enum Rival {
        VIRTUAL(s -> AggregatorServer.start(s, RequestThreads.virtual())),
        PLATFORM_PER_REQUEST(s -> AggregatorServer.start(s, RequestThreads.platformPerRequest())),
        PLATFORM_POOL(s -> AggregatorServer.start(s, RequestThreads.platformPool(200))),
        REACTIVE(s -> VertxAggregatorServer.start(s, VertxAggregatorServer.defaultOptions(), line -> { }));

        final Function<AggregatorServer.Settings, RunningAggregator> start;

        Rival(Function<AggregatorServer.Settings, RunningAggregator> start) {
            this.start = start;
        }

        RunningAggregator start(URI downstream, Duration deadline) {
            return start.apply(new AggregatorServer.Settings("127.0.0.1", 0, downstream, deadline));
        }
    }

    @BeforeAll
    static void startStubs() {
        stubs = StubServer.start(StubDirectory.locate(), 0, DELAY_MS / 1000.0);
    }

    @AfterAll
    static void stopStubs() {
        stubs.close();
    }

    @ParameterizedTest
    @EnumSource(Rival.class)
    void answersTheAggregateWithUserPostsAndComments(Rival rival) throws Exception {
        try (RunningAggregator server = rival.start(stubs.baseUrl(), Duration.ofSeconds(5));
             HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(get(server.uri(), "/aggregate/1"), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode body = new ObjectMapper().readTree(answer.body());
            assertEquals(List.of("userId", "user", "posts", "comments", "elapsedMs"), names(body), answer.body());
            assertEquals("Ada Lovelace", body.path("user").path("name").asText(), answer.body());
            assertTrue(body.path("posts").isArray() && !body.path("posts").isEmpty(), answer.body());
            assertTrue(body.path("elapsedMs").asLong() < 3 * DELAY_MS,
                    "the three calls run at once: about one delay, not three; took " + body.path("elapsedMs") + " ms");
        }
    }

    @ParameterizedTest
    @EnumSource(Rival.class)
    void aFailingDownstreamAnswersBadGatewayWithoutWaitingForItsSiblings(Rival rival) throws Exception {
        try (RunningAggregator server = rival.start(stubs.baseUrl(), Duration.ofSeconds(5));
             HttpClient http = HttpClient.newHttpClient()) {
            http.send(get(server.uri(), "/aggregate/1"), HttpResponse.BodyHandlers.discarding()); // connections, JIT
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(get(server.uri(), "/aggregate/500"), HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(502, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("downstream-failed"), answer.body());
            assertTrue(ms < DELAY_MS, "the failing call answers at once; the " + DELAY_MS + " ms siblings should not be waited for: took " + ms + " ms");
            assertEquals(404, http.send(get(server.uri(), "/aggregate/99"), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @ParameterizedTest
    @EnumSource(Rival.class)
    void callsBeyondTheDeadlineAnswerGatewayTimeout(Rival rival) throws Exception {
        try (RunningAggregator server = rival.start(stubs.baseUrl(), Duration.ofMillis(100));
             HttpClient http = HttpClient.newHttpClient()) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(get(server.uri(), "/aggregate/1"), HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(504, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("deadline-exceeded"), answer.body());
            assertTrue(ms < 2 * DELAY_MS + 500, "the 100 ms deadline should cut the 300 ms calls short; took " + ms + " ms");
        }
    }

    @ParameterizedTest
    @EnumSource(Rival.class)
    void aTakenPortIsOneLineNamingTheAddress(Rival rival) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            var settings = new AggregatorServer.Settings("127.0.0.1", taken.getLocalPort(), stubs.baseUrl(), Duration.ofSeconds(1));
            ServerStartException e = assertThrows(ServerStartException.class, () -> rival.start.apply(settings).close());
            assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + taken.getLocalPort()), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    static HttpRequest get(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build();
    }
}
