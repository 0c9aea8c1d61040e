package dev.loomshowcase.scenes.structured;

import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubMappings;
import dev.loomshowcase.stubs.StubServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The async twin of fail-fast against the stubs (calls 500 ms, the failure 50 ms): allOf reports the
 * failure only once the siblings answered; the hand-written version and the scope fail fast and
 * leave no sibling call to complete.
 */
@Tag("slow")
@Timeout(60)
class FailFastAsyncCaseTest {

    private static final double SCALE = 0.5;
    private static final StubDelays DELAYS = StubDelays.read(StubMappings.located(), SCALE);
    private static StubServer stubs;
    private static Downstream downstream;

    @BeforeAll
    static void startStubs() {
        stubs = StubServer.start(StubDirectory.locate(), 0, SCALE);
        downstream = new Downstream(stubs.baseUrl(), Duration.ofSeconds(10));
    }

    @AfterAll
    static void stopStubs() {
        downstream.close();
        stubs.close();
    }

    @Test
    void allOfWaitsForTheSiblingsWhileTheScopeAndTheHandWrittenVersionFailFast() throws Exception {
        FailFastAsyncCase twin = new FailFastAsyncCase(downstream, DELAYS);
        twin.run(); // warm-up: the first run pays for connections and class loading, as the scenario's warm-up does
        CaseOutcome outcome = twin.run();
        long sibling = DELAYS.call().toMillis();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> variants = (Map<String, Map<String, Object>>) outcome.details().get("variants");
        Map<String, Object> allOf = variants.get("allOf");
        assertTrue((Long) allOf.get("timeToFailureMs") >= 0.8 * sibling, "allOf failed only after the siblings: " + allOf);
        assertEquals(2L, allOf.get("siblingCallsCompleted"), allOf.toString());
        for (String fast : new String[] {"handWritten", "scope"}) {
            Map<String, Object> v = variants.get(fast);
            long failedAt = (Long) v.get("timeToFailureMs");
            assertTrue(failedAt >= 0 && failedAt < 0.8 * sibling, fast + " should fail before the siblings answer: " + v);
            assertEquals(0L, v.get("siblingCallsCompleted"), fast + ": " + v);
        }
        assertTrue(outcome.held(), outcome.summary());
        assertEquals(allOf.get("timeToFailureMs"), outcome.details().get("timeToFailureMs"));
        assertTrue((Integer) variants.get("handWritten").get("linesOfCode") > (Integer) variants.get("scope").get("linesOfCode"));
    }
}
