package dev.loomshowcase.stubs;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.downstream.DownstreamException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mappings in stub-services/ answer as the scenarios expect, through the real client. */
@Tag("slow")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StubServerTest {

    /** Delays scaled to a tenth: 1000 ms becomes 100 ms. */
    private static final double SCALE = 0.1;

    private static StubServer stubs;
    private static Downstream downstream;

    @BeforeAll
    static void start() {
        stubs = StubServer.start(StubDirectory.locate(), 0, SCALE);
        downstream = new Downstream(stubs.baseUrl(), Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        downstream.close();
        stubs.close();
    }

    @Test
    void userServiceAnswersTheUserAfterItsScaledDelay() throws Exception {
        long start = System.nanoTime();
        String user = downstream.fetchUser(2);
        double ms = (System.nanoTime() - start) / 1e6;
        assertTrue(user.contains("\"Grace Hopper\""), user);
        assertTrue(ms >= 95 && ms < 1000, "delay of 1000 ms x " + SCALE + " took " + ms + " ms");
    }

    @Test
    void postsAndCommentsAnswerJsonArrays() throws Exception {
        String posts = downstream.fetchPosts(3);
        String comments = downstream.fetchComments(3);
        assertTrue(posts.strip().startsWith("[") && posts.contains("\"title\": \"Waiting is not working\""), posts);
        assertTrue(comments.strip().startsWith("[") && comments.contains("\"postId\": 1"), comments);
    }

    @Test
    void unknownUserIsNotFound() {
        var e = assertThrows(DownstreamException.class, () -> downstream.fetchUser(99));
        assertEquals(404, e.status());
    }

    @Test
    void failingVariantAnswers500Quickly() {
        long start = System.nanoTime();
        var e = assertThrows(DownstreamException.class, () -> downstream.fetchPosts(500));
        double ms = (System.nanoTime() - start) / 1e6;
        assertEquals(500, e.status());
        assertTrue(ms < 100, "the failure should come after ~10 ms, took " + ms + " ms");
    }

    @Test
    void resetVariantBreaksTheConnection() {
        var e = assertThrows(IOException.class, () -> downstream.fetchComments(502));
        assertTrue(!(e instanceof DownstreamException), "expected a transport failure, got " + e);
    }

    @Test
    void replicasAnswerWithDifferentDelays() throws Exception {
        long[] ms = new long[4];
        for (int replica = 1; replica <= 3; replica++) {
            long start = System.nanoTime();
            String quote = downstream.get("/replicas/" + replica + "/quote");
            ms[replica] = (System.nanoTime() - start) / 1_000_000;
            assertTrue(quote.contains("\"replica\": " + replica), quote);
        }
        assertTrue(ms[2] < ms[3] && ms[3] < ms[1], "replica delays should order 2 < 3 < 1, got " + java.util.Arrays.toString(ms));
    }

    @Test
    void concurrentDelayedCallsDoNotQueueBehindEachOther() throws Exception {
        int calls = 50;
        burst(calls); // warm-up: connections, JIT
        long start = System.nanoTime();
        burst(calls);
        double ms = (System.nanoTime() - start) / 1e6;
        assertTrue(ms < 100 * 5, calls + " concurrent 100 ms calls took " + ms + " ms; the stubs queued them");
    }

    private static void burst(int calls) throws InterruptedException {
        try (var scope = java.util.concurrent.StructuredTaskScope.open()) {
            for (int i = 0; i < calls; i++) {
                scope.fork(() -> downstream.fetchUser(1));
            }
            scope.join();
        }
    }

    @Test
    void portInUseIsAClearError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            var e = assertThrows(StubStartException.class,
                    () -> StubServer.start(StubDirectory.locate(), taken.getLocalPort(), 1.0));
            assertTrue(e.getMessage().contains(":" + taken.getLocalPort()), e.getMessage());
        }
    }

    @Test
    void missingDirectoryIsAClearError() {
        var e = assertThrows(StubStartException.class,
                () -> StubServer.start(java.nio.file.Path.of("/nonexistent"), 0, 1.0));
        assertTrue(e.getMessage().contains("no stub mappings"), e.getMessage());
    }
}
