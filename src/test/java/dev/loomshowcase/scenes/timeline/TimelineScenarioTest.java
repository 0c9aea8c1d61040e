package dev.loomshowcase.scenes.timeline;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.scenario.Cells;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.ScenarioRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import dev.loomshowcase.engine.CellRunner;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.observe.PhaseEvent;
import dev.loomshowcase.observe.Lane;
import dev.loomshowcase.report.TimelinePicture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timeline end to end, in child JVMs: changing the carrier count changes the lanes. */
@Tag("slow")
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class TimelineScenarioTest {

    private static ScenarioResult result;

    @BeforeAll
    static void runAtOneAndTwoCarriers() throws Exception {
        var options = new RunOptions(RunMode.QUICK, List.of(1, 2), null, Map.of("cpuMs", "20", "waitMs", "10"));
        result = new ScenarioRunner(CellRunner.Progress.silent()).run(new TimelineScenario(), options);
    }

    private static List<PhaseEvent> events(int carriers) {
        var cell = Cells.measured(result.cells(), ThreadModel.VIRTUAL, carriers).orElseThrow(() -> new AssertionError("no virtual@" + carriers));
        return TimelineScenario.events(cell);
    }

    @Test
    void everyTaskRecordedTwoCpuPhasesAndAWait() {
        assertFalse(result.anyFailed(), () -> "failed: " + result.cells());
        assertEquals(12, events(2).size());
        assertEquals(8, events(2).stream().filter(PhaseEvent::isCpu).count());
    }

    @Test
    void oneCarrierDrawsOneLaneAndTwoCarriersDrawTwo() {
        assertEquals(1, Lane.byCarrier(events(1)).size());
        assertEquals(2, Lane.byCarrier(events(2)).size());
        assertEquals(1, Lane.maxParallelCpu(events(1)), "one carrier can only interleave");
    }

    @Test
    void thePictureStartsOneLinePerCarrierWithCarrierN() {
        String picture = TimelinePicture.render(result);
        long lanes = picture.lines().filter(l -> l.matches("(?i)^\\s*carrier[ -]?[0-9]+.*")).count();
        assertEquals(3, lanes, picture);
        assertTrue(TimelinePicture.svg(result).contains("Carrier 1"));
    }
}
