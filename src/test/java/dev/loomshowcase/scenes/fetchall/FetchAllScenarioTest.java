package dev.loomshowcase.scenes.fetchall;

import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.ScenarioRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellRunner;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** fetchAll end to end against the real WireMock stubs, in quick mode, with ratio-based bounds. */
@Tag("slow")
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class FetchAllScenarioTest {

    private static ScenarioResult result;

    @BeforeAll
    static void runQuick() throws Exception {
        var options = new RunOptions(RunMode.QUICK, List.of(1, 2), null, Map.of());
        result = new ScenarioRunner(CellRunner.Progress.silent()).run(new FetchAllScenario(), options);
    }

    private static CellResult cell(String model, int carriers) {
        return result.cells().stream()
                .filter(c -> c.model().id().equals(model) && c.carriers() == carriers)
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + model + "@" + carriers));
    }

    @Test
    void everyPlannedCellWasMeasured() {
        assertEquals(7, result.cells().size()); // sequential, then virtual, platform-pool and async at each of 2 carrier counts
        assertFalse(result.anyFailed(), () -> "failed cells: " + result.cells());
    }

    @Test
    void virtualThreadsOverlapTheThreeWaitsEvenOnOneCarrier() {
        double sequential = cell("sequential", 1).wallMs().median();
        double virtual = cell("virtual", 1).wallMs().median();
        assertTrue(sequential / virtual > 2.2, "sequential " + sequential + " ms vs virtual@1 " + virtual + " ms");
        assertEquals(Verdict.HELPS, cell("virtual", 1).verdict());
        assertEquals(Verdict.HELPS, cell("virtual", 2).verdict());
    }

    @Test
    void aPoolOfOnePlatformThreadSerialisesTheWaits() {
        double speedup = cell("platform-pool", 1).speedup();
        assertTrue(speedup < 1.3, "platform-pool@1 speedup " + speedup);
    }

    @Test
    void theWorkIsMostlyWaiting() {
        double share = cell("virtual", 1).cpuShare();
        assertTrue(share < 0.5, "virtual@1 kept its carrier " + share + " busy");
        assertTrue(cell("virtual", 1).reason().contains("waits overlap"), cell("virtual", 1).reason());
    }

    @Test
    void notesAreComputedFromTheCells() {
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("overlapped")), result.notes().toString());
    }
}
