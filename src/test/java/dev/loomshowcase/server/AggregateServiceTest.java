package dev.loomshowcase.server;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import org.junit.jupiter.api.AfterAll;
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

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The aggregator on a real socket ({@code @ServerTest}), against real WireMock stubs whose mappings
 * inject the faults: user 500's posts answer HTTP 500 after 100 ms, user 502's comments reset the
 * connection after 100 ms, unknown users are 404. Downstream delays are the mappings' own 1 s, so
 * "one delay" and "three delays" are far apart and the timing bounds stay generous.
 */
@Tag("slow")
@ServerTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AggregateServiceTest {

    static final long DELAY_MS = 1000;
    private static final StubServer STUBS = StubServer.start(StubDirectory.locate(), 0, 1.0);
    private static final DownstreamClient DOWNSTREAM =
            DownstreamClient.of(DownstreamClient.Kind.byDefault(), STUBS.baseUrl(), Duration.ofSeconds(10));

    private final Http1Client client;
    private final URI base;
    private final ObjectMapper json = new ObjectMapper();

    AggregateServiceTest(Http1Client client, WebServer server) {
        this.client = client;
        this.base = URI.create("http://127.0.0.1:" + server.port());
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        server.featuresDiscoverServices(false).addFeature(AggregatorServer.observability());
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        RequestThreads threads = RequestThreads.virtual();
        AggregatorServer.routing(routing, new AggregateService(
                new Aggregator(DOWNSTREAM, Duration.ofSeconds(5), threads.fanOut(Duration.ofSeconds(5))), threads));
    }

    @AfterAll
    static void stopStubs() {
        DOWNSTREAM.close();
        STUBS.close();
    }

    @Test
    void aggregateCombinesTheThreeAnswersInAboutOneDelay() throws Exception {
        long start = System.nanoTime();
        Answer answer = get("/aggregate/1");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, answer.status(), answer.body().toString());
        assertEquals("Ada Lovelace", answer.body().path("user").path("name").asText());
        assertTrue(answer.body().path("posts").isArray() && !answer.body().path("posts").isEmpty(), "posts: " + answer.body());
        assertTrue(answer.body().path("comments").isArray() && !answer.body().path("comments").isEmpty(), "comments: " + answer.body());
        assertTrue(ms < 2 * DELAY_MS, "three 1 s calls should overlap into about one; took " + ms + " ms");
    }

    @Test
    void malformedIdIsBadRequest() throws Exception {
        for (String id : List.of("not-a-number", "-1", "1.5", "99999999999999999999")) {
            Answer answer = get("/aggregate/" + id);
            assertEquals(400, answer.status(), id + ": " + answer.body());
            assertEquals("bad-request", answer.body().path("error").asText());
        }
    }

    @Test
    void unknownUserIsNotFound() throws Exception {
        Answer answer = get("/aggregate/99");
        assertEquals(404, answer.status(), answer.body().toString());
        assertEquals("not-found", answer.body().path("error").asText());
    }

    @Test
    void failingDownstreamIsBadGatewayAndCancelsSiblingsAtOnce() throws Exception {
        get("/aggregate/500"); // warm: connections, class loading, JIT; the second call is the measured one
        long start = System.nanoTime();
        Answer answer = get("/aggregate/500");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(502, answer.status(), answer.body().toString());
        assertEquals("downstream-failed", answer.body().path("error").asText());
        assertTrue(answer.body().path("message").asText().contains("500"), answer.body().toString());
        assertTrue(ms < DELAY_MS * 6 / 10,
                "posts fail after 100 ms; waiting for the 1 s siblings would take 1000 ms; took " + ms + " ms");
        // The journal shows the siblings were really started, so answering early means they were abandoned.
        assertTrue(!STUBS.wireMock().findAll(getRequestedFor(urlEqualTo("/users/500"))).isEmpty(), "user call never made");
        assertTrue(!STUBS.wireMock().findAll(getRequestedFor(urlPathEqualTo("/comments"))
                .withQueryParam("userId", equalTo("500"))).isEmpty(), "comments call never made");
    }

    @Test
    void connectionResetIsBadGateway() throws Exception {
        get("/aggregate/502");
        long start = System.nanoTime();
        Answer answer = get("/aggregate/502");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(502, answer.status(), answer.body().toString());
        assertTrue(ms < DELAY_MS * 6 / 10, "comments reset after 100 ms; took " + ms + " ms");
    }

    @Test
    void twoHundredConcurrentRequestsFinishInAboutOneDelay() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/aggregate/2")).timeout(Duration.ofSeconds(30)).build();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            burst(http, request, 200); // warm: opens the 200 + 600 connections once
            long start = System.nanoTime();
            List<Integer> statuses = burst(http, request, 200);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(statuses.stream().allMatch(s -> s == 200), "statuses: " + statuses);
            // One at a time they would take 200 s, on a pool of 20 threads 10 s; the bound leaves room for
            // the 600 stub calls' CPU on 2 shared cores, which is what spreads them beyond one delay here.
            assertTrue(ms < 6 * DELAY_MS,
                    "200 concurrent aggregates should overlap into a few delays at most; took " + ms + " ms");
        }
    }

    private static List<Integer> burst(HttpClient http, HttpRequest request, int count) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                answers.add(clients.submit(() -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        }
        return statuses;
    }

    @Test
    void serverStillAnswersAfterABurstOfBadRequests() throws Exception {
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String path = i % 3 == 0 ? "/aggregate/x" + i : i % 3 == 1 ? "/aggregate/%2e%2e" : "/aggregate/";
                answers.add(clients.submit(() -> get(path).status()));
            }
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                assertTrue(status == 400 || status == 404, "a bad request got " + status);
            }
        }
        Answer after = get("/aggregate/3");
        assertEquals(200, after.status(), after.body().toString());
        assertEquals(3, after.body().path("userId").asInt());
    }

    @Test
    void healthAndMetricsComeFromHelidonObservability() throws Exception {
        Answer health = get("/observe/health");
        assertEquals(200, health.status(), health.body().toString());
        assertEquals("UP", health.body().path("status").asText());
        try (Http1ClientResponse metrics = client.get("/observe/metrics").request()) {
            assertEquals(200, metrics.status().code());
            assertTrue(metrics.as(String.class).contains("requests"), "metrics should count requests");
        }
    }

    private Answer get(String path) throws Exception {
        try (Http1ClientResponse response = client.get(path).request()) {
            String text = response.as(String.class);
            return new Answer(response.status().code(), parse(text));
        }
    }

    /** The body as JSON; a non-JSON body (Helidon's own 404 for an unknown route) as a text node. */
    private JsonNode parse(String text) {
        try {
            return text.isBlank() ? json.createObjectNode() : json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return json.getNodeFactory().textNode(text);
        }
    }

    private record Answer(int status, JsonNode body) {
    }
}
