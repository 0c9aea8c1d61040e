package dev.loomshowcase.scenes.pool;

import dev.loomshowcase.scenario.CellFixtures;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pool's verdicts and sentences follow the numbers: flip them and the other sentence comes out. */
class PoolJudgeTest {

    private static CellOutcome cell(ThreadModel model, int connections, int threads, double... wallMs) {
        Map<String, String> params = new HashMap<>(Map.of("jdbcUrl", "embedded", "tasks", "500", "connections",
                Integer.toString(connections), "threads", Integer.toString(threads), "queryMs", "50", "connectionTimeoutMs", "30000"));
        if (connections > 10 && model == ThreadModel.VIRTUAL) {
            params.put("case", "virtual, pool " + connections);
        }
        Map<String, Object> extras = Map.of("tasks", 500, "connections", connections,
                "threads", model == ThreadModel.VIRTUAL ? 500 : threads, "queryMs", 50, "completedPerRepetition", 500.0,
                "connectionTimeouts", 0L, "connectionWaitMs", Map.of("p50", 1.0, "p99", 2.0), "embedded", true, "database", "H2");
        return CellFixtures.outcome("pool", model, 2, params, extras, 0.05, wallMs);
    }

    @Test
    void virtualThreadsTieWithThePoolAtTheConnectionCap() {
        List<CellResult> cells = PoolJudge.analyse(List.of(
                cell(ThreadModel.PLATFORM_POOL, 10, 10, 2600, 2600, 2650),
                cell(ThreadModel.VIRTUAL, 10, 10, 2620, 2650, 2700),
                cell(ThreadModel.VIRTUAL, 40, 40, 700, 720, 730)));
        CellResult virtual = cells.get(1);
        assertEquals(200.0, (Double) virtual.extras().get("littleBound"), 1e-9);
        assertEquals(Verdict.NO_EFFECT, virtual.verdict(), virtual.reason());
        assertTrue(virtual.reason().contains("capped by 10 connections"), virtual.reason());
        assertEquals(Verdict.HELPS, cells.get(2).verdict(), cells.get(2).reason());
        assertEquals("virtual, pool 40@2", cells.get(2).label());
        String note = PoolNotes.threadCap(cells.get(0), virtual);
        assertTrue(note.startsWith("Virtual threads remove the thread cap, not the connection cap"), note);
        assertTrue(PoolNotes.largerPool(virtual, cells.get(2)).contains("the cap moved with the pool"));
    }

    @Test
    void flippedNumbersGiveTheOtherSentences() {
        List<CellResult> cells = PoolJudge.analyse(List.of(
                cell(ThreadModel.PLATFORM_POOL, 10, 10, 2600, 2600, 2650),
                cell(ThreadModel.VIRTUAL, 10, 10, 5000, 5100, 5200),
                cell(ThreadModel.VIRTUAL, 40, 40, 2500, 2550, 2600)));
        CellResult virtual = cells.get(1);
        assertEquals(Verdict.HURTS, virtual.verdict(), virtual.reason());
        assertTrue(virtual.reason().contains("below it: each of the 10 in flight took"), virtual.reason());
        String note = PoolNotes.threadCap(cells.get(0), virtual);
        assertTrue(note.startsWith("Virtual threads did not simply tie"), note);
        assertTrue(PoolNotes.largerPool(virtual, cells.get(2)).contains("short of its bound"));
    }
}
