package dev.loomshowcase.scenes.mixed;

import dev.loomshowcase.scenario.CellFixtures;
import dev.loomshowcase.engine.CellMain;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mixed's reasons name a cause only when the cell's numbers show it: the same cells, numbers flipped. */
class MixedJudgeTest {

    private static final Map<String, String> PARAMS = Map.of("tasks", "4", "rounds", "1", "stubs", "http://localhost:1");

    @Test
    void waitsOverlapOnlyWhenTheyAddClearlyLessThanTheWaitsInARow() {
        // 4 tasks, 200 ms wait, ~215 ms of hashing each; one carrier
        MixedJudge overlapped = new MixedJudge(1.64, 4, 200, 1016, 823, 1);
        MixedJudge serial = new MixedJudge(1.0, 4, 200, 1660, 860, 1);
        assertTrue(overlapped.overlapped() && overlapped.text().contains("waits overlapped"), overlapped.text());
        assertTrue(overlapped.text().contains("the waits added 193 ms"), overlapped.text());
        assertFalse(serial.overlapped(), serial.text());
        assertTrue(serial.text().contains("waits did not overlap") && serial.text().contains("800 ms"), serial.text());
    }

    @Test
    void hashingIsParallelOnlyWhenMoreThanOneCoreWasBusyAfterTheFirstWait() {
        MixedJudge parallel = new MixedJudge(2.6, 4, 200, 641, 846, 2);
        MixedJudge oneCore = new MixedJudge(1.7, 4, 200, 1016, 823, 2);
        MixedJudge oneCarrier = new MixedJudge(1.64, 4, 200, 1016, 823, 1);
        assertTrue(parallel.text().contains("hashing ran in parallel, 1.92 cores busy"), parallel.text());
        assertTrue(oneCore.text().contains("hashing not in parallel, 1.01 cores busy"), oneCore.text());
        assertFalse(oneCarrier.parallel(), oneCarrier.text());
    }

    @Test
    void scenarioReasonsComeFromEachCellsNumbers() {
        // sequential: 1660 ms, half of it hashing (busy 0.52); virtual@1 overlaps, platform-pool@2 runs like sequential
        CellOutcome sequential = CellFixtures.outcome("mixed", ThreadModel.SEQUENTIAL, 1, PARAMS, Map.of(), 0.52, 1650, 1660, 1670);
        CellOutcome virtual = CellFixtures.outcome("mixed", ThreadModel.VIRTUAL, 1, PARAMS, Map.of(CellMain.CORES, 2), 0.85, 1000, 1010, 1020);
        CellOutcome slowPool = CellFixtures.outcome("mixed", ThreadModel.PLATFORM_POOL, 2, PARAMS, Map.of(CellMain.CORES, 2), 0.52, 1650, 1660, 1670);
        List<CellResult> cells = new MixedScenario().analyse(List.of(sequential, virtual, slowPool));
        assertEquals(Verdict.HELPS, cells.get(1).verdict(), cells.get(1).reason());
        assertTrue(cells.get(1).reason().contains("waits overlapped"), cells.get(1).reason());
        assertFalse(cells.get(2).reason().contains("waits overlapped"), cells.get(2).reason());
        assertTrue(cells.get(2).reason().contains("waits did not overlap"), cells.get(2).reason());
    }
}
