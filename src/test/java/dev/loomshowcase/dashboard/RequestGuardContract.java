package dev.loomshowcase.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.report.VerdictReport;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.api.ClientResponseTyped;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webserver.http.HttpRouting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Only the dashboard's own page starts or stops runs; beyond loopback only with the token. The same
 * contract runs without a network ({@link RequestGuardRoutingTest}) and over a real socket
 * ({@link RequestGuardServerTest}), each with two dashboards: one guarded as on loopback, one as beyond
 * it with the token {@value #TOKEN}. Their main job blocks until stopped, so a started run shows as a
 * 409 to the next one, and no child JVM is ever forked.
 */
@Timeout(60)
abstract class RequestGuardContract {

    static final String TOKEN = "stage-token-0123456789";
    static final String FOREIGN = "http://evil.example";

    /** One dashboard's routing and runs, behind {@code guard}; its runs block until stopped. */
    static final class Fixture implements AutoCloseable {
        final EventHub hub = new EventHub();
        final Runs runs = new Runs(hub, 60_000);
        final RequestGuard guard;

        Fixture(RequestGuard guard) {
            this.guard = guard;
        }

        void routing(HttpRouting.Builder routing) {
            Dashboard.routing(routing, guard, hub, runs, (options, progress, planned) -> blockUntilStopped());
        }

        /** Stops a run a test left, and waits until it is gone. */
        void stopRun() {
            runs.stop("the test is over");
            await().atMost(Duration.ofSeconds(10)).until(() -> runs.active().isEmpty());
        }

        @Override
        public void close() throws InterruptedException {
            runs.close();
            hub.close();
        }

        private static VerdictReport blockUntilStopped() throws InterruptedException {
            new CountDownLatch(1).await();
            throw new IllegalStateException("unreachable");
        }
    }

    static Fixture loopbackFixture() {
        return new Fixture(RequestGuard.loopback());
    }

    static Fixture beyondFixture() {
        return new Fixture(RequestGuard.withToken(new AccessToken(TOKEN)));
    }

    private final Http1Client loopback;
    private final Http1Client beyond;
    private final Fixture loopbackRuns;
    private final Fixture beyondRuns;

    RequestGuardContract(Http1Client loopback, Http1Client beyond, Fixture loopbackRuns, Fixture beyondRuns) {
        this.loopback = loopback;
        this.beyond = beyond;
        this.loopbackRuns = loopbackRuns;
        this.beyondRuns = beyondRuns;
    }

    /** The page's own Origin as a browser sends it, on the loopback dashboard. */
    abstract String ownOrigin();

    /** The page's own Origin on the dashboard beyond loopback. */
    abstract String beyondOwnOrigin();

    @AfterEach
    void stopRuns() {
        loopbackRuns.stopRun();
        beyondRuns.stopRun();
    }

    @Test
    void aForeignOriginIsRefusedWithAReasonAndStartsNothing() throws Exception {
        ClientResponseTyped<String> refused = post(loopback, "/run/main", r -> r.header(HeaderNames.ORIGIN, FOREIGN));
        assertForbidden(refused, "Origin http://evil.example is not this dashboard's page");
        assertTrue(loopbackRuns.runs.active().isEmpty(), "a refused request started a run");
        ClientResponseTyped<String> next = post(loopback, "/run/main", r -> r.header(HeaderNames.ORIGIN, ownOrigin()));
        assertEquals(202, next.status().code(), "the next run is not told busy: " + next.entity());
    }

    @Test
    void aForeignRefererCountsWhenThereIsNoOrigin() throws Exception {
        assertForbidden(post(loopback, "/run/env", r -> r.header(HeaderNames.REFERER, FOREIGN + "/attack.html")),
                "Referer http://evil.example/attack.html is not this dashboard's page");
        ClientResponseTyped<String> own = post(loopback, "/run/env", r -> r.header(HeaderNames.REFERER, ownOrigin() + "/?talk"));
        assertEquals(202, own.status().code(), own.entity());
    }

    @Test
    void thePagesOwnOriginStartsAndStopsARunThatAForeignOneCannotStop() throws Exception {
        ClientResponseTyped<String> started = post(loopback, "/run/main", r -> r.queryParam("quick", "true").header(HeaderNames.ORIGIN, ownOrigin()));
        assertEquals(202, started.status().code(), started.entity());
        assertEquals("main", Json.mapper().readTree(started.entity()).get("scenario").asText());
        assertForbidden(post(loopback, "/stop", r -> r.header(HeaderNames.ORIGIN, FOREIGN)), "only its own page starts or stops runs");
        assertTrue(loopbackRuns.runs.active().isPresent(), "a foreign page stopped the run");
        assertEquals(202, post(loopback, "/stop", r -> r.header(HeaderNames.ORIGIN, ownOrigin())).status().code());
        await().atMost(Duration.ofSeconds(10)).until(() -> loopbackRuns.runs.active().isEmpty());
    }

    @Test
    void noOriginOnLoopbackStartsARunAsCurlDoes() throws Exception {
        ClientResponseTyped<String> curl = post(loopback, "/run/env", r -> r.queryParam("quick", "true"));
        assertEquals(202, curl.status().code(), curl.entity());
        assertEquals("env", Json.mapper().readTree(curl.entity()).get("scenario").asText());
    }

    @Test
    void beyondLoopbackAMissingOrWrongTokenIsRefusedAndStartsNothing() throws Exception {
        assertForbidden(post(beyond, "/run/main", r -> r), "no token");
        assertForbidden(post(beyond, "/run/main", r -> r.queryParam(AccessToken.PARAM, TOKEN + "x")), "wrong token");
        assertForbidden(post(beyond, "/run/main", r -> r.header(AccessToken.HEADER, TOKEN.substring(1))), "wrong token");
        assertForbidden(post(beyond, "/run/main", r -> r.header(HeaderNames.ORIGIN, beyondOwnOrigin())), "no token");
        assertTrue(beyondRuns.runs.active().isEmpty(), "a refused request started a run");
        ClientResponseTyped<String> right = post(beyond, "/run/main", r -> r.queryParam(AccessToken.PARAM, TOKEN));
        assertEquals(202, right.status().code(), "the right token starts the run, not told busy: " + right.entity());
    }

    @Test
    void beyondLoopbackTheTokenComesAsHeaderBearerOrQuery() throws Exception {
        assertEquals(202, post(beyond, "/run/env", r -> r.header(AccessToken.HEADER, TOKEN)
                .header(HeaderNames.ORIGIN, beyondOwnOrigin())).status().code(), "the page: header and own Origin");
        beyondRuns.stopRun();
        assertEquals(202, post(beyond, "/run/env", r -> r.header(HeaderNames.AUTHORIZATION, "Bearer " + TOKEN)).status().code());
        beyondRuns.stopRun();
        assertEquals(202, post(beyond, "/run/env", r -> r.queryParam("quick", "true").queryParam(AccessToken.PARAM, TOKEN)).status().code(),
                "the token is not taken for a run option");
    }

    @Test
    void beyondLoopbackTheTokenDoesNotLetAForeignPageIn() throws Exception {
        assertForbidden(post(beyond, "/run/main", r -> r.header(AccessToken.HEADER, TOKEN).header(HeaderNames.ORIGIN, FOREIGN)),
                "Origin http://evil.example is not this dashboard's page");
        assertTrue(beyondRuns.runs.active().isEmpty(), "a refused request started a run");
    }

    @Test
    void beyondLoopbackTheStreamNeedsTheTokenAndThePageDoesNot() {
        try (var stream = beyond.get("/events").request()) {
            assertEquals(403, stream.status().code());
            assertTrue(stream.as(String.class).contains("no token"));
        }
        try (var page = beyond.get("/").request()) {
            assertEquals(200, page.status().code(), "the page itself is no secret: it reads the token from its URL");
        }
        try (var scenes = beyond.get("/scenes").request()) {
            assertEquals(200, scenes.status().code());
        }
        try (var stream = beyond.get("/events").queryParam(AccessToken.PARAM, TOKEN).request()) {
            assertEquals(200, stream.status().code());
            assertEquals("text/event-stream", stream.headers().contentType().orElseThrow().mediaType().text());
        }
    }

    static ClientResponseTyped<String> post(Http1Client client, String path, UnaryOperator<Http1ClientRequest> headers) {
        return headers.apply(client.post(path)).request(String.class);
    }

    /** A 403 whose one-line JSON reason says {@code expected}. */
    static void assertForbidden(ClientResponseTyped<String> response, String expected) throws Exception {
        assertEquals(403, response.status().code(), response.entity());
        JsonNode body = Json.mapper().readTree(response.entity());
        assertEquals("forbidden", body.get("error").asText(), response.entity());
        assertTrue(body.get("message").asText().contains(expected), response.entity());
        assertTrue(!response.entity().contains("\n"), "one line: " + response.entity());
    }
}
