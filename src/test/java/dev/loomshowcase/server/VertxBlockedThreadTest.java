package dev.loomshowcase.server;

import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.internal.VertxInternal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reactive rival never blocks an event loop: under load, Vert.x's blocked-thread checker must not fire.
 * Its threshold is set below the stubs' delay (500 ms against 600 ms, where Vert.x's default is 2 s), so one
 * blocking downstream call would trip it; it stays above the hiccups of a busy shared machine (a loop
 * runnable but not running: up to 163 ms seen here at a 100 ms threshold). A control shows the checker
 * fires on a loop that sleeps, so its silence means something.
 */
@Tag("slow")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class VertxBlockedThreadTest {

    static final double STUB_DELAY_SCALE = 0.6;
    static final long THRESHOLD_MS = 500;

    /** Stricter than Vert.x's default of 2 s: a blocking HTTP call through the 600 ms stubs would trip it. */
    private static VertxOptions strict() {
        return VertxAggregatorServer.defaultOptions()
                .setMaxEventLoopExecuteTime(THRESHOLD_MS).setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS)
                .setBlockedThreadCheckInterval(50).setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS);
    }

    @Test
    void noEventLoopIsBlockedUnderLoad() throws Exception {
        List<String> warnings = new CopyOnWriteArrayList<>();
        try (StubServer stubs = StubServer.start(StubDirectory.locate(), 0, STUB_DELAY_SCALE);
             VertxAggregatorServer server = VertxAggregatorServer.start(
                     new AggregatorServer.Settings("127.0.0.1", 0, stubs.baseUrl(), Duration.ofSeconds(5)), strict(), warnings::add)) {
            // a long warm-up: the first burst opens 600 connections to the stubs and runs cold code
            LoadResult result = LoadGenerator.run(LoadSpec.of(server.uri().resolve("/aggregate/1"), 200,
                    Duration.ofSeconds(5), Duration.ofSeconds(3)));
            assertTrue(result.ok() > 100, "the load should get answers: " + result.summary());
            assertEquals(0, result.errorCount(), result.summary());
            assertEquals(List.of(), warnings, "Vert.x's blocked-thread checker fired under load");
        }
    }

    @Test
    void theCheckerFiresOnALoopThatSleeps() {
        Vertx vertx = Vertx.vertx(strict());
        try {
            List<String> warnings = new CopyOnWriteArrayList<>();
            ((VertxInternal) vertx).blockedThreadChecker().setThreadBlockedHandler(event -> warnings.add(event.toString()));
            vertx.runOnContext(v -> {
                try {
                    Thread.sleep(2 * THRESHOLD_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> !warnings.isEmpty());
        } finally {
            vertx.close();
        }
    }
}
