package dev.loomshowcase.engine;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class JitSettlingTest {

    @Test
    void settlingIsAskedForByACellParameter() {
        assertTrue(JitSettling.requested(Map.of(JitSettling.PARAM, "true")));
        assertFalse(JitSettling.requested(Map.of()));
    }

    @Test
    void aRepetitionThatCompilesNothingNewSettlesInTheMinimumOfRounds() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        long[] sink = new long[1];
        Runnable spin = () -> {
            long end = System.nanoTime() + 20_000_000;
            while (System.nanoTime() < end) {
                sink[0]++;
            }
        };
        for (int i = 0; i < 5; i++) {
            spin.run(); // compile the loop before watching
        }
        int settled = JitSettling.settle(() -> {
            runs.incrementAndGet();
            spin.run();
        });
        assertEquals(runs.get(), settled);
        assertTrue(settled >= JitSettling.QUIET_ROUNDS && settled <= JitSettling.MAX_REPETITIONS,
                "settled after " + settled + " repetitions");
    }

    @Test
    void settlingRunsAtMostItsBound() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        // a repetition too short to measure compile time against never counts as quiet unless nothing compiles
        int settled = JitSettling.settle(runs::incrementAndGet);
        assertTrue(settled <= JitSettling.MAX_REPETITIONS, "ran " + settled);
    }
}
