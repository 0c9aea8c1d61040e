package dev.loomshowcase.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CellResultTest {

    private static final CellResult CELL = new CellResult(ThreadModel.VIRTUAL, 2, Stats.of(100, 110, 120), Stats.of(50), 0.25, 2.0,
            Verdict.HELPS, "two times", null, Map.of("threads", 4));

    @Test
    void withJudgementChangesOnlyTheJudgement() {
        CellResult judged = CELL.withJudgement(null, Verdict.INCONCLUSIVE, "no rival");
        assertEquals(new CellResult(ThreadModel.VIRTUAL, 2, CELL.wallMs(), CELL.cpuMs(), 0.25, null, Verdict.INCONCLUSIVE, "no rival",
                null, CELL.extras()), judged);
        assertNull(judged.speedup());
    }

    @Test
    void withExtraAddsAfterTheOthersAndReplacesASameNamedOne() {
        CellResult more = CELL.withExtra("case", "fail-fast").withExtra("threads", 8);
        assertEquals(List.of("threads", "case"), List.copyOf(more.extras().keySet()));
        assertEquals(8, more.extras().get("threads"));
        assertEquals("fail-fast@2", more.label());
        assertEquals(Map.of("threads", 4), CELL.extras(), "the original cell is unchanged");
    }

    @Test
    void aMissingExtraIsAnErrorThatNamesTheCell() {
        var e = assertThrows(IllegalStateException.class,
                () -> CELL.extra("events", new com.fasterxml.jackson.core.type.TypeReference<List<Object>>() { }));
        assertEquals("cell virtual@2 reported no 'events'", e.getMessage());
    }
}
