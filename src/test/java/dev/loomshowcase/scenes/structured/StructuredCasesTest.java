package dev.loomshowcase.scenes.structured;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubMappings;
import dev.loomshowcase.stubs.StubServer;
import dev.loomshowcase.downstream.Downstream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each structured-concurrency guarantee, run in-process against the WireMock stubs with their
 * delays halved (calls 500 ms, failures 50 ms). Timing bounds only ask that the scope did not wait
 * for what it cancelled (a share of the cancelled calls' delay), wide on purpose on a shared machine.
 * Cases whose owner matters run with the owner on a platform and on a virtual thread.
 */
@Tag("slow")
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class StructuredCasesTest {

    private static final double SCALE = 0.5;
    private static final StubDelays DELAYS = StubDelays.read(StubMappings.located(), SCALE);
    private static StubServer stubs;
    private static Downstream downstream;

    @BeforeAll
    static void startStubs() throws Exception {
        stubs = StubServer.start(StubDirectory.locate(), 0, SCALE);
        downstream = new Downstream(stubs.baseUrl(), Duration.ofSeconds(10));
        downstream.get("/replicas/2/quote");
    }

    @AfterAll
    static void stopStubs() {
        downstream.close();
        stubs.close();
    }

    /** Runs {@code body} as the owner, on a new platform or virtual thread. */
    private static CaseOutcome runAsOwner(String kind, Callable<CaseOutcome> body) throws Exception {
        var result = new AtomicReference<CaseOutcome>();
        var failure = new AtomicReference<Exception>();
        Thread.Builder builder = kind.equals("virtual") ? Thread.ofVirtual() : Thread.ofPlatform();
        Thread owner = builder.start(() -> {
            try {
                result.set(body.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        assertTrue(owner.join(Duration.ofSeconds(20)), "the case did not end within 20 s");
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static long millis(CaseOutcome outcome, String key) {
        return ((Number) outcome.details().get(key)).longValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform", "virtual"})
    void failingCallFailsTheScopeFastAndCancelsItsSiblings(String ownerKind) throws Exception {
        CaseOutcome outcome = runAsOwner(ownerKind, new FailFastCase(downstream, DELAYS)::run);
        long call = DELAYS.call().toMillis();
        assertTrue(millis(outcome, "timeToFailureMs") < call * 0.8,
                "join() threw after " + outcome.details().get("timeToFailureMs") + " ms; siblings take " + call + " ms");
        assertEquals(Map.of("user", "UNAVAILABLE", "comments", "UNAVAILABLE", "posts", "FAILED"), outcome.details().get("states"));
        @SuppressWarnings("unchecked")
        var siblings = (Map<String, Map<String, Object>>) outcome.details().get("siblings");
        assertEquals("interrupted", siblings.get("user").get("observed"), "the user call was not abandoned: " + siblings);
        assertEquals("interrupted", siblings.get("comments").get("observed"), "the comments call was not abandoned: " + siblings);
        assertTrue(outcome.held(), outcome.summary());
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform", "virtual"})
    void noThreadOfAClosedScopeIsStillAlive(String ownerKind) throws Exception {
        CaseOutcome outcome = runAsOwner(ownerKind, new FailFastCase(downstream, DELAYS)::run);
        assertEquals(0L, outcome.details().get("threadsAliveAfterClose"), outcome.summary());
        assertTrue(millis(outcome, "closedAtMs") < DELAYS.call().toMillis() * 0.8,
                "close() waited for the cancelled calls: closed at " + outcome.details().get("closedAtMs") + " ms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform", "virtual"})
    void interruptingTheOwnerCancelsTheWholeScope(String ownerKind) throws Exception {
        SiblingLog log = new SiblingLog(System.nanoTime());
        var forked = new CountDownLatch(2);
        var ownerSaw = new AtomicReference<String>();
        Thread.Builder builder = ownerKind.equals("virtual") ? Thread.ofVirtual() : Thread.ofPlatform();
        Thread owner = builder.start(() -> {
            try (var scope = StructuredTaskScope.open()) {
                scope.fork(() -> log.watch("user", () -> { forked.countDown(); return downstream.fetchUser(1); }));
                scope.fork(() -> log.watch("posts", () -> { forked.countDown(); return downstream.fetchPosts(1); }));
                scope.join();
                ownerSaw.set("joined");
            } catch (InterruptedException e) {
                ownerSaw.set("interrupted");
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(forked.await(10, TimeUnit.SECONDS), "the subtasks did not start");
        owner.interrupt();
        long call = DELAYS.call().toMillis();
        await().atMost(Duration.ofMillis(call * 8 / 10)).until(() -> !owner.isAlive());
        assertEquals("interrupted", ownerSaw.get());
        assertTrue(log.abandoned("user") && log.abandoned("posts"), "calls not abandoned: " + log.asDetails());
        assertEquals(0, log.aliveThreads(), "a subtask outlived its scope");
    }

    @Test
    void deadlineEndsTheScopeAtTheTimeoutNotAtTheCalls() throws Exception {
        CaseOutcome outcome = new DeadlineCase(downstream, DELAYS).run();
        long deadline = millis(outcome, "deadlineMs");
        long timedOutAt = millis(outcome, "timedOutAtMs");
        assertEquals(true, outcome.details().get("timedOut"));
        assertTrue(timedOutAt >= deadline * 0.9 && timedOutAt < deadline * 2,
                "deadline " + deadline + " ms, timed out at " + timedOutAt + " ms");
        assertEquals(0L, outcome.details().get("threadsAliveAfterClose"));
        assertTrue(outcome.held(), outcome.summary());
    }

    @Test
    void raceReturnsTheFastestReplicaAndCancelsTheLosers() throws Exception {
        CaseOutcome outcome = new RaceCase(downstream, DELAYS).run();
        assertTrue(outcome.details().get("winner").toString().contains("\"replica\": 2"), outcome.summary());
        assertTrue(millis(outcome, "wonAtMs") < DELAYS.replica(1).toMillis(),
                "won at " + outcome.details().get("wonAtMs") + " ms; the slowest replica takes " + DELAYS.replica(1).toMillis());
        assertEquals(Map.of("replica-1", "UNAVAILABLE", "replica-2", "SUCCESS", "replica-3", "UNAVAILABLE"),
                outcome.details().get("states"));
        assertTrue(outcome.held(), outcome.summary());
    }

    @Test
    void optionalFailureLeavesAPartialAnswer() throws Exception {
        CaseOutcome outcome = new PartialCase(downstream, DELAYS).run();
        assertEquals(Map.of("user", "SUCCESS", "posts", "SUCCESS", "comments", "FAILED"), outcome.details().get("states"));
        assertEquals("user + posts, comments unavailable", outcome.details().get("answer"));
        assertTrue(outcome.held(), outcome.summary());
    }

    @Test
    void scopedValueOfTheOwnerReachesEverySubtaskButNotAPlainThread() throws Exception {
        CaseOutcome outcome = new ContextCase(downstream, DELAYS).run();
        @SuppressWarnings("unchecked")
        var seen = (Map<String, String>) outcome.details().get("seenBy");
        String id = (String) outcome.details().get("requestId");
        for (String subtask : List.of("user", "posts", "comments", "nested-user", "nested-posts")) {
            assertEquals(id, seen.get(subtask), subtask + " saw " + seen.get(subtask));
        }
        assertEquals("(unbound)", seen.get("plain-thread"));
        assertTrue(outcome.held(), outcome.summary());
    }

    @Test
    void threadDumpShowsTheNestedScopesAsATree() throws Exception {
        CaseOutcome outcome = new ThreadDumpCase(downstream, DELAYS).run();
        @SuppressWarnings("unchecked")
        var tree = (List<String>) outcome.details().get("tree");
        int request = indexOf(tree, "scope request");
        int fanOut = indexOf(tree, "scope fan-out");
        assertTrue(request >= 0 && fanOut > request, "tree: " + tree);
        assertTrue(indent(tree.get(fanOut)) > indent(tree.get(request)), "fan-out not nested under request: " + tree);
        assertTrue(outcome.held(), outcome.summary());
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }
}
