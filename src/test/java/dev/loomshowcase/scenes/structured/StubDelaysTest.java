package dev.loomshowcase.scenes.structured;

import dev.loomshowcase.stubs.StubMappings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StubDelaysTest {

    private static final StubDelays HALVED = StubDelays.read(StubMappings.located(), 0.5);

    @Test
    void delaysComeFromTheMappingsScaledByTheRun() {
        assertEquals(Duration.ofMillis(500), HALVED.call());
        assertEquals(Duration.ofMillis(50), HALVED.failure());
        assertEquals(List.of(Duration.ofMillis(450), Duration.ofMillis(150), Duration.ofMillis(300)), HALVED.replicas());
        assertEquals(Duration.ofMillis(150), HALVED.replica(2));
        assertThrows(IllegalArgumentException.class, () -> HALVED.replica(4));
    }

    @Test
    void theChildGetsTheSameDelaysThroughItsCellParameters() {
        assertEquals(HALVED, StubDelays.fromParams(HALVED.toParams()));
        var missing = assertThrows(IllegalArgumentException.class, () -> StubDelays.fromParams(java.util.Map.of()));
        assertEquals("missing cell parameter 'stubCallMs'", missing.getMessage());
    }
}
