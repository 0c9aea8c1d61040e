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
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The closed-loop load generator against stubs with a 100 ms delay: Little's law, errors, bounds. */
@Tag("slow")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LoadGeneratorTest {

    static final double DELAY_MS = 100;
    private static StubServer stubs;

    @BeforeAll
    static void startStubs() {
        stubs = StubServer.start(StubDirectory.locate(), 0, 0.1);
    }

    @AfterAll
    static void stopStubs() {
        stubs.close();
    }

    @Test
    void consecutiveWindowsEachGetTheirOwnResultAndEveryBoundaryIsTold() throws Exception {
        List<Integer> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<LoadResult> windows = LoadGenerator.run(LoadSpec.of(stubs.baseUrl().resolve("/users/1"), 5,
                Duration.ofMillis(200), Duration.ofMillis(600)), 3, told::add);
        assertEquals(List.of(0, 1, 2, 3), told);
        assertEquals(3, windows.size());
        assertTrue(windows.stream().allMatch(w -> w.ok() > 0 && w.windowMs() == 600), windows.toString());
    }

    @Test
    void withARampUpTheWindowsWaitForTheAnswerRateToSettle() throws Exception {
        List<LoadGenerator.Settling> settling = new java.util.concurrent.CopyOnWriteArrayList<>();
        LoadSpec spec = new LoadSpec(stubs.baseUrl().resolve("/users/1"), 5, Duration.ofMillis(1200), Duration.ofMillis(600),
                null, Duration.ofSeconds(10), false, Duration.ofMillis(100));
        List<LoadResult> windows = LoadGenerator.run(spec, 2, boundary -> { }, settling::add);
        assertEquals(1, settling.size());
        long warmup = settling.getFirst().warmupMs();
        assertTrue(warmup >= 1200 && warmup <= 1200 + 6 * 1000 + 500,
                "the warm-up, then at most five settling periods of 1 s: " + settling.getFirst());
        assertTrue(windows.stream().allMatch(w -> w.ok() > 0), windows.toString());
    }

    @Test
    void waitingForARateThatDoesNotSettleAtMostDoublesTheWarmUp() {
        long second = 1_000_000_000L;
        assertEquals(2, LoadGenerator.settlePeriods(6 * second, 3 * second), "the main job's level: W = 3 s, warm-up 2 W");
        assertEquals(4, LoadGenerator.settlePeriods(4 * second, second));
        assertEquals(5, LoadGenerator.settlePeriods(60 * second, second), "never more than five");
        assertEquals(1, LoadGenerator.settlePeriods(second, 3 * second), "always at least one");
    }

    @Test
    void aRampUpLongerThanTheWarmUpIsRefused() {
        URI local = URI.create("http://127.0.0.1:1/");
        Duration s = Duration.ofSeconds(1);
        assertThrows(IllegalArgumentException.class, () -> new LoadSpec(local, 1, s, s, null, s, false, Duration.ofSeconds(2)));
    }

    @Test
    void theLoadProcessReportsItsWindowsAndItsOwnCpu() throws Exception {
        List<Integer> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        LoadReport report = LoadProcess.run(LoadSpec.of(stubs.baseUrl().resolve("/users/1"), 3,
                Duration.ofMillis(300), Duration.ofMillis(500)), 2, told::add);
        assertEquals(List.of(0, 1, 2), told);
        assertEquals(2, report.windows().size());
        assertEquals(2, report.cpuMs().size());
        assertTrue(report.windows().stream().allMatch(w -> w.ok() > 0), report.toString());
        assertTrue(report.cpuMs().stream().allMatch(ms -> ms >= 0), report.toString());
    }

    @Test
    void closedLoopThroughputStaysUnderLittlesBoundAndLatencyAboveTheDelay() throws Exception {
        LoadResult result = LoadGenerator.run(LoadSpec.of(stubs.baseUrl().resolve("/users/1"), 5,
                Duration.ofMillis(300), Duration.ofSeconds(2)));
        double bound = 5 / (DELAY_MS / 1000);
        assertTrue(result.ok() > 0 && result.errors().isEmpty(), "errors: " + result.errors());
        assertTrue(result.throughput() <= bound * 1.1, "5 clients at 100 ms cannot exceed ~50 req/s: " + result.throughput());
        assertTrue(result.throughput() >= bound * 0.3, "5 clients at 100 ms should approach 50 req/s: " + result.throughput());
        assertTrue(result.latency("p50") >= DELAY_MS, "no answer can beat the stub's delay: p50 " + result.latency("p50"));
        assertTrue(result.latency("p50") <= result.latency("p99") && result.latency("p99") <= result.latency("max"));
    }

    @Test
    void failuresAreCountedByKind() throws Exception {
        LoadResult notFound = LoadGenerator.run(LoadSpec.of(stubs.baseUrl().resolve("/users/99"), 2,
                Duration.ZERO, Duration.ofMillis(1500)));
        assertEquals(0, notFound.ok());
        assertTrue(notFound.errors().getOrDefault("status-404", 0L) > 0, "errors: " + notFound.errors());

        LoadResult refused = LoadGenerator.run(LoadSpec.of(URI.create("http://127.0.0.1:" + dev.loomshowcase.ClosedPort.next() + "/"), 2,
                Duration.ZERO, Duration.ofMillis(300)));
        assertTrue(refused.errors().getOrDefault("connect", 0L) > 0, "errors: " + refused.errors());
    }

    @Test
    void aRequestCountEndsTheWindowEarly() throws Exception {
        long start = System.nanoTime();
        LoadResult result = LoadGenerator.run(new LoadSpec(stubs.baseUrl().resolve("/users/1"), 3, Duration.ZERO,
                Duration.ofSeconds(30), 7L, Duration.ofSeconds(10), false));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(7, result.ok() + result.errorCount());
        assertTrue(ms < 10_000, "7 answers of 100 ms should not wait for the 30 s duration; took " + ms + " ms");
        assertTrue(result.windowMs() < 10_000, "window " + result.windowMs());
    }

    @Test
    void theDurationBoundsARunWhateverTheServerDoes() throws Exception {
        long start = System.nanoTime();
        LoadGenerator.run(LoadSpec.of(stubs.baseUrl().resolve("/users/1"), 50, Duration.ofMillis(200), Duration.ofMillis(500)));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 5_000, "a 0.7 s run should end soon after; took " + ms + " ms");
    }

    @Test
    void badSpecsAreRejectedWithAReason() {
        URI local = URI.create("http://127.0.0.1:1/");
        Duration s = Duration.ofSeconds(1);
        assertMessage("concurrency", () -> LoadSpec.of(local, 0, s, s));
        assertMessage("concurrency", () -> LoadSpec.of(local, LoadSpec.MAX_CONCURRENCY + 1, s, s));
        assertMessage("duration", () -> LoadSpec.of(local, 1, s, Duration.ZERO));
        assertMessage("duration", () -> LoadSpec.of(local, 1, s, Duration.ofSeconds(LoadSpec.MAX_DURATION_SECONDS + 1)));
        assertMessage("warm-up", () -> LoadSpec.of(local, 1, Duration.ofSeconds(-1), s));
        assertMessage("requests", () -> new LoadSpec(local, 1, s, s, 0L, s, false));
        assertMessage("http://", () -> LoadSpec.of(URI.create("ftp://127.0.0.1/"), 1, s, s));
        assertMessage("loopback", () -> LoadSpec.of(URI.create("http://10.1.2.3/"), 1, s, s));
        new LoadSpec(URI.create("http://10.1.2.3/"), 1, s, s, null, s, true);
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, spec);
        assertTrue(e.getMessage().contains(expected), "message should name " + expected + ": " + e.getMessage());
    }

}
