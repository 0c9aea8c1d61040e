package dev.loomshowcase.scenes.traps;

import dev.loomshowcase.scenes.fetchall.FetchAllScenario;
import dev.loomshowcase.scenes.payments.PaymentsNotes;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.Verdict;

import org.junit.jupiter.api.Test;
import java.util.Map;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each clause that names a cause is printed only when its numbers show it: the same cells, numbers flipped. */
class TrapsSentencesTest {
    @Test
    void trapsCpuTasksCannotBeatTheCoresTheyRanOn() {
        var hundred = new dev.loomshowcase.engine.CellSpec("cpu-tasks", dev.loomshowcase.engine.ThreadModel.VIRTUAL, 100,
                0, 1, Map.of("experiment", TrapsScenario.CPU)).withCores(2);
        var tiny = new dev.loomshowcase.engine.CellSpec("tiny-tasks", dev.loomshowcase.engine.ThreadModel.VIRTUAL, 1,
                0, 1, Map.of("experiment", TrapsScenario.TINY));
        assertTrue(TrapsScenario.ceiling(hundred).orElseThrow().speedup() == 2.0);
        assertTrue(TrapsScenario.ceiling(tiny).isEmpty());
    
    }
}
