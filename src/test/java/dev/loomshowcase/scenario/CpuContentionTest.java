package dev.loomshowcase.scenario;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.Verdict;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuContentionTest {

    private static CellResult sequential(double cpuShare) {
        Stats wall = Stats.of(1000, 1000, 1000);
        return new CellResult(ThreadModel.SEQUENTIAL, 1, wall, wall, cpuShare, 1.0, Verdict.BASELINE, "test", null, Map.of());
    }

    @Test
    void aStarvedBaselineIsFlagged() {
        String warning = CpuContention.starvedBaseline(sequential(0.6)).orElseThrow();
        assertTrue(warning.contains("busy only 60%"), warning);
        assertTrue(CpuContention.starvedBaseline(sequential(0.97)).isEmpty());
    }
}
