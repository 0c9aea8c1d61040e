package dev.loomshowcase.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisTest {

    private static CellSpec spec(ThreadModel model, int carriers) {
        return new CellSpec("w", model, carriers, 0, 3, Map.of());
    }

    private static CellOutcome measured(ThreadModel model, int carriers, double... wallMs) {
        return measuredOn(8, model, carriers, wallMs);
    }

    /** A cell whose child JVM saw {@code cores} CPUs and used 1% of one per ms of wall time. */
    private static CellOutcome measuredOn(int cores, ThreadModel model, int carriers, double... wallMs) {
        List<Sample> samples = java.util.Arrays.stream(wallMs)
                .mapToObj(ms -> new Sample((long) (ms * 1e6), (long) (ms * 1e6 * 0.01)))
                .toList();
        return CellOutcome.measured(spec(model, carriers), new ChildReport(samples, carriers,
                Map.of("extra", 42, CellMain.CORES, cores)));
    }

    @Test
    void speedupIsBaselineMedianOverCellMedian() {
        var cells = Analysis.analyse(List.of(
                measured(ThreadModel.SEQUENTIAL, 1, 3000, 3010, 2990),
                measured(ThreadModel.VIRTUAL, 1, 1000, 1005, 995)), VerdictRule.DEFAULT);
        assertEquals(Verdict.BASELINE, cells.get(0).verdict());
        assertEquals(1.0, cells.get(0).speedup());
        assertEquals(3000 / 1000.0, cells.get(1).speedup(), 1e-9);
        assertEquals(Verdict.HELPS, cells.get(1).verdict());
        assertEquals(0.01, cells.get(1).cpuShare(), 1e-3);
        assertEquals(42, cells.get(1).extras().get("extra"));
    }

    @Test
    void cpuShareIsPerCarrier() {
        var cells = Analysis.analyse(List.of(
                measured(ThreadModel.SEQUENTIAL, 1, 3000),
                measured(ThreadModel.PLATFORM_POOL, 4, 1000)), VerdictRule.DEFAULT);
        assertEquals(0.01 / 4, cells.get(1).cpuShare(), 1e-4);
    }

    @Test
    void cpuShareOfMoreCarriersThanCoresIsPerCore() {
        var cells = Analysis.analyse(List.of(
                measuredOn(2, ThreadModel.SEQUENTIAL, 1, 3000),
                measuredOn(2, ThreadModel.VIRTUAL, 100, 1000)), VerdictRule.DEFAULT);
        assertEquals(0.01 / 2, cells.get(1).cpuShare(), 1e-4, "100 carriers on 2 cores: divided by min(100, 2)");
    }

    @Test
    void failedCellIsKeptAndMarkedFailed() {
        var cells = Analysis.analyse(List.of(
                measured(ThreadModel.SEQUENTIAL, 1, 3000),
                CellOutcome.failed(spec(ThreadModel.VIRTUAL, 2), "child JVM exited with code 1")), VerdictRule.DEFAULT);
        assertEquals(2, cells.size());
        CellResult failed = cells.get(1);
        assertEquals(Verdict.FAILED, failed.verdict());
        assertNull(failed.wallMs());
        assertTrue(failed.reason().contains("exited with code 1"), failed.reason());
    }

    @Test
    void withoutABaselineNothingIsClaimed() {
        var cells = Analysis.analyse(List.of(measured(ThreadModel.VIRTUAL, 1, 1000)), VerdictRule.DEFAULT);
        assertEquals(Verdict.INCONCLUSIVE, cells.getFirst().verdict());
        assertNull(cells.getFirst().speedup());
    }

    @Test
    void changingACellChangesItsVerdict() {
        var fast = Analysis.analyse(List.of(measured(ThreadModel.SEQUENTIAL, 1, 3000, 3010),
                measured(ThreadModel.VIRTUAL, 1, 1000, 1010)), VerdictRule.DEFAULT);
        var slow = Analysis.analyse(List.of(measured(ThreadModel.SEQUENTIAL, 1, 3000, 3010),
                measured(ThreadModel.VIRTUAL, 1, 3050, 3060)), VerdictRule.DEFAULT);
        assertEquals(Verdict.HELPS, fast.get(1).verdict());
        assertEquals(Verdict.NO_EFFECT, slow.get(1).verdict());
    }

    @Test
    void aSingleRepetitionGetsNoHelpsVerdict() {
        var single = Analysis.analyse(List.of(measured(ThreadModel.SEQUENTIAL, 1, 3000),
                measured(ThreadModel.VIRTUAL, 1, 1000)), VerdictRule.DEFAULT);
        assertEquals(Verdict.INCONCLUSIVE, single.get(1).verdict());
        assertTrue(single.get(1).reason().contains("single repetition"), single.get(1).reason());
    }

    @Test
    void aSpeedupThatMovedAcrossTheBandEdgeBetweenRoundsGetsNoVerdict() {
        var steady = Analysis.analyse(List.of(rounds(ThreadModel.SEQUENTIAL, 1, 3000, 3000, 3000),
                rounds(ThreadModel.VIRTUAL, 2, 2000, 2050, 1980)), VerdictRule.DEFAULT);
        var moving = Analysis.analyse(List.of(rounds(ThreadModel.SEQUENTIAL, 1, 3000, 3000, 3000),
                rounds(ThreadModel.VIRTUAL, 2, 2000, 2850, 1980)), VerdictRule.DEFAULT);
        assertEquals(Verdict.HELPS, steady.get(1).verdict(), steady.get(1).reason());
        assertTrue(steady.get(1).reason().contains("held 1.46x..1.52x over 3 rounds"), steady.get(1).reason());
        assertEquals(Verdict.INCONCLUSIVE, moving.get(1).verdict(), moving.get(1).reason());
        assertTrue(moving.get(1).reason().contains("moved 1.05x..1.52x over 3 rounds"), moving.get(1).reason());
    }

    /** A cell measured in rounds of one repetition each. */
    private static CellOutcome rounds(ThreadModel model, int carriers, double... roundMs) {
        CellOutcome plain = measured(model, carriers, roundMs);
        var extras = new java.util.LinkedHashMap<>(plain.report().extras());
        extras.put(Rounds.ROUND_MEDIANS, java.util.Arrays.stream(roundMs).boxed().toList());
        return CellOutcome.measured(plain.spec(), new ChildReport(plain.report().samples(), carriers, extras));
    }
}
