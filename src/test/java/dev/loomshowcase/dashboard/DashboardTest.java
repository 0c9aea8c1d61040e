package dev.loomshowcase.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.report.VerdictReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard's endpoints over a real socket, with a main job that only waits until it is stopped,
 * so one-run-at-a-time, stopping and closing are checked without measuring anything.
 */
@Tag("slow")
@Timeout(60)
class DashboardTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final CountDownLatch mainJobStarted = new CountDownLatch(1);
    private final CountDownLatch mainJobInterrupted = new CountDownLatch(1);
    private Dashboard dashboard;

    /** A main job that blocks until interrupted, and says so. */
    private VerdictReport waitUntilStopped() throws InterruptedException {
        mainJobStarted.countDown();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            mainJobInterrupted.countDown();
            throw e;
        }
        throw new IllegalStateException("unreachable");
    }

    private Dashboard start(long unwatchedLimitMs) {
        dashboard = Dashboard.start(new Dashboard.Settings("127.0.0.1", 0, unwatchedLimitMs),
                (options, progress, planned) -> waitUntilStopped());
        return dashboard;
    }

    @AfterEach
    void stop() {
        if (dashboard != null) {
            dashboard.close();
        }
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(dashboard.uri().resolve(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(dashboard.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void bindsLoopbackAndServesThePageAndItsChartLibraryItself() throws Exception {
        start(60_000);
        assertEquals("127.0.0.1", dashboard.uri().getHost());
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("content-type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("src=\"/echarts.min.js\""), "the library comes from this server, not the network");
        HttpResponse<String> echarts = get("/echarts.min.js");
        assertEquals(200, echarts.statusCode());
        assertTrue(echarts.body().length() > 500_000 && echarts.body().contains("echarts"), "the whole library");
        JsonNode scenes = Json.mapper().readTree(get("/scenes").body());
        assertEquals("env", scenes.get(0).get("name").asText(), "the talk's order: env first");
    }

    @Test
    void badRequestsGetAJsonReason() throws Exception {
        start(60_000);
        HttpResponse<String> unknown = post("/run/no-such-scenario");
        assertEquals(400, unknown.statusCode());
        JsonNode body = Json.mapper().readTree(unknown.body());
        assertEquals("bad-request", body.get("error").asText());
        assertTrue(body.get("message").asText().startsWith("unknown scenario 'no-such-scenario'"), unknown.body());
        HttpResponse<String> carriers = post("/run/timeline?carriers=0");
        assertEquals(400, carriers.statusCode());
        assertTrue(carriers.body().contains("carriers must be whole numbers"), carriers.body());
        assertEquals(409, post("/stop").statusCode(), "nothing to stop");
    }

    @Test
    void oneRunAtATimeAndStopEndsIt() throws Exception {
        start(60_000);
        List<String> lines = listen();
        HttpResponse<String> first = post("/run/main?quick=true");
        assertEquals(202, first.statusCode(), first.body());
        assertTrue(mainJobStarted.await(10, java.util.concurrent.TimeUnit.SECONDS));
        HttpResponse<String> second = post("/run/timeline");
        assertEquals(409, second.statusCode());
        assertTrue(second.body().contains("'main' is running") && second.body().contains("one run at a time"), second.body());
        assertEquals(202, post("/stop").statusCode());
        assertTrue(mainJobInterrupted.await(10, java.util.concurrent.TimeUnit.SECONDS), "stop interrupts the run");
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:run-end"));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"status\":\"stopped\"")), String.join("\n", lines));
        assertEquals(202, post("/run/env").statusCode(), "idle again: the next run starts");
    }

    @Test
    void aRunNobodyWatchesIsStopped() throws Exception {
        start(500);
        assertEquals(202, post("/run/main").statusCode());
        assertTrue(mainJobInterrupted.await(20, java.util.concurrent.TimeUnit.SECONDS),
                "with no page listening, the run is stopped (and with it its child JVM)");
    }

    @Test
    void closingTheDashboardStopsTheRun() throws Exception {
        start(60_000);
        assertEquals(202, post("/run/main").statusCode());
        assertTrue(mainJobStarted.await(10, java.util.concurrent.TimeUnit.SECONDS));
        dashboard.close();
        assertTrue(mainJobInterrupted.await(1, java.util.concurrent.TimeUnit.SECONDS), "close() waits for the run to end");
    }

    @Test
    void theStreamCarriesTheRunAsNamedEvents() throws Exception {
        start(60_000);
        List<String> lines = listen();
        assertEquals(202, post("/run/env").statusCode());
        await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("event:run-end"));
        assertTrue(lines.contains("event:run-start") && lines.contains("event:env"), String.join("\n", lines));
        String env = lines.get(lines.indexOf("event:env") + 1);
        assertTrue(env.startsWith("data:{\"cores\":" + Runtime.getRuntime().availableProcessors()), env);
    }

    /** Reads /events on a virtual thread into a list of lines; subscribed once its headers came. */
    private List<String> listen() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(dashboard.uri().resolve("/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals("text/event-stream", stream.headers().firstValue("content-type").orElseThrow().split(";")[0]);
        Thread.ofVirtual().start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                reader.lines().forEach(lines::add);
            } catch (Exception closed) {
                // the dashboard closed the stream
            }
        });
        return lines;
    }

}
