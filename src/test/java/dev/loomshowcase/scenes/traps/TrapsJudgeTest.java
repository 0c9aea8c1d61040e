package dev.loomshowcase.scenes.traps;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.Verdict;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static dev.loomshowcase.scenes.traps.TrapFinding.Verdict.HOLDS;
import static dev.loomshowcase.scenes.traps.TrapFinding.Verdict.INCONCLUSIVE;
import static dev.loomshowcase.scenes.traps.TrapFinding.Verdict.MYTH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each trap's verdict follows from made-up measurements, both ways. */
class TrapsJudgeTest {

    /** A cell whose wall is {@code wall} ms (range min..max), CPU {@code cpu} ms, speedup vs baseline. */
    static CellResult cell(String model, int carriers, double wall, double min, double max, double cpu, double speedup, Verdict verdict) {
        return new CellResult(ThreadModel.of(model), carriers, Stats.of(min, wall, max), Stats.of(cpu), cpu / wall / carriers, speedup,
                verdict, "made up", null, Map.of());
    }

    @Test
    void virtualThreadsOnOneCarrierKeepingOneCoreBusyAreNotParallel() {
        var one = cell("virtual", 1, 100, 95, 110, 98, 1.0, Verdict.NO_EFFECT);
        var two = cell("virtual", 2, 55, 50, 60, 100, 1.8, Verdict.HELPS);
        TrapFinding f = TrapsJudge.virtualMeansParallel(Optional.of(one), Optional.of(two));
        assertEquals(MYTH, f.verdict());
        assertTrue(f.why().contains("only with more carriers"), f.why());
    }

    @Test
    void oneCarrierNeverHoldsTrapOneHowEverManyCoresTheProcessKeptBusy() {
        for (double busyMs : new double[] {62.5, 75, 100, 150}) { // 1.25, 1.5, 2.0, 3.0 cores busy at once
            var one = cell("virtual", 1, 50, 49, 51, busyMs, 2.0, Verdict.HELPS);
            TrapFinding f = TrapsJudge.virtualMeansParallel(Optional.of(one), Optional.empty());
            assertEquals(INCONCLUSIVE, f.verdict(), f.why());
            assertTrue(f.why().contains("JIT, GC"), f.why());
        }
    }

    @Test
    void tinyTasksSlowerInEveryRepetitionRefuteAlwaysImproves() {
        var tiny = cell("virtual", 1, 30, 10, 80, 30, 0.02, Verdict.HURTS);
        assertEquals(MYTH, TrapsJudge.concurrencyAlwaysHelps(Optional.of(tiny)).verdict());
    }

    @Test
    void theThreadsCostIsNamedOnlyWhenTheThreadedVersionWasClearlySlower() {
        String slower = TrapsJudge.concurrencyAlwaysHelps(Optional.of(cell("virtual", 1, 30, 25, 80, 30, 0.33, Verdict.HURTS))).why();
        String even = TrapsJudge.concurrencyAlwaysHelps(Optional.of(cell("virtual", 1, 10, 9, 11, 10, 1.02, Verdict.NO_EFFECT))).why();
        assertTrue(slower.contains("cost more than the work"), slower);
        assertTrue(even.contains("gained nothing") && !even.contains("cost more"), even);
    }

    @Test
    void aClearGainLetsTheClaimHoldHereAndOverlapIsInconclusive() {
        assertEquals(HOLDS, TrapsJudge.concurrencyAlwaysHelps(Optional.of(cell("virtual", 1, 10, 9, 11, 10, 3.0, Verdict.HELPS))).verdict());
        // slower by the median, but its best run beat the typical sequential one: no conclusion
        assertEquals(INCONCLUSIVE, TrapsJudge.concurrencyAlwaysHelps(Optional.of(cell("virtual", 1, 10, 1, 40, 10, 0.5, Verdict.INCONCLUSIVE))).verdict());
    }

    @Test
    void hundredCarriersFarFromHundredTimesIsAMyth() {
        var cores = cell("virtual", 2, 55, 50, 60, 100, 1.8, Verdict.HELPS);
        var hundred = cell("virtual", 100, 60, 55, 70, 110, 1.6, Verdict.HELPS);
        TrapFinding f = TrapsJudge.hundredCarriers(Optional.empty(), Optional.of(cores), Optional.of(hundred), 2);
        assertEquals(MYTH, f.verdict());
        assertTrue(f.why().contains("1.60x") && f.why().contains("take turns"), f.why());
        // 90x on 2 cores is beyond the ceiling: a disturbed baseline, not "near 100x"
        assertEquals(INCONCLUSIVE, TrapsJudge.hundredCarriers(Optional.empty(), Optional.empty(),
                Optional.of(cell("virtual", 100, 1, 1, 1, 100, 90, Verdict.HELPS)), 2).verdict());
        // at the ceiling's edge: 2 cores allow 2.10x, not 2.11x
        assertEquals(MYTH, TrapsJudge.hundredCarriers(Optional.empty(), Optional.empty(),
                Optional.of(cell("virtual", 100, 1, 1, 1, 100, 2.10, Verdict.HELPS)), 2).verdict());
        assertEquals(INCONCLUSIVE, TrapsJudge.hundredCarriers(Optional.empty(), Optional.empty(),
                Optional.of(cell("virtual", 100, 1, 1, 1, 100, 2.11, Verdict.HELPS)), 2).verdict());
        assertEquals(HOLDS, TrapsJudge.hundredCarriers(Optional.empty(), Optional.empty(),
                Optional.of(cell("virtual", 100, 1, 1, 1, 100, 60, Verdict.HELPS)), 64).verdict());
    }

    @Test
    void trapThreeCountsTheCoresTheCellsRanOn() {
        var twoCarriers = cell("virtual", 2, 100, 98, 102, 100, 1.0, Verdict.NO_EFFECT);
        var hundred = cell("virtual", 100, 100, 98, 102, 100, 0.99, Verdict.NO_EFFECT);
        TrapFinding oneCore = TrapsJudge.hundredCarriers(Optional.empty(), Optional.of(twoCarriers), Optional.of(hundred), 2, 1);
        TrapFinding twoCores = TrapsJudge.hundredCarriers(Optional.empty(), Optional.of(twoCarriers), Optional.of(hundred), 2, 2);
        assertTrue(oneCore.why().contains("1 core runs only 1 thing at once") && oneCore.experiment().contains("on 1 core"), oneCore.why());
        assertTrue(twoCores.why().contains("2 cores run only 2 things at once") && twoCores.experiment().contains("(the cores)"), twoCores.why());
    }

    @Test
    void aSmallSplitSlowerThanALoopRefutesParallelAlwaysBetter() {
        var small = cell("platform-per-task", 2, 0.2, 0.1, 5, 0.2, 0.02, Verdict.INCONCLUSIVE);
        assertEquals(MYTH, TrapsJudge.parallelAlwaysBetter(Optional.of(small), Optional.empty()).verdict());
    }

    @Test
    void aMissingCellIsInconclusive() {
        assertEquals(INCONCLUSIVE, TrapsJudge.parallelAlwaysBetter(Optional.empty(), Optional.empty()).verdict());
        assertEquals(INCONCLUSIVE, TrapsJudge.virtualMeansParallel(Optional.empty(), Optional.empty()).verdict());
    }

    @Test
    void oneCarrierNotParallelIsAMythOnlyWhenTheControlShowedParallelism() {
        var one = cell("virtual", 1, 100, 95, 110, 98, 1.0, Verdict.NO_EFFECT);
        var parallelControl = cell("virtual", 2, 55, 50, 60, 100, 1.8, Verdict.HELPS);
        var serialControl = cell("virtual", 2, 100, 95, 110, 100, 1.0, Verdict.NO_EFFECT);
        assertEquals(MYTH, TrapsJudge.virtualMeansParallel(Optional.of(one), Optional.of(parallelControl)).verdict());
        TrapFinding f = TrapsJudge.virtualMeansParallel(Optional.of(one), Optional.of(serialControl));
        assertEquals(INCONCLUSIVE, f.verdict(), f.why());
        assertTrue(f.why().contains("kept only 1.00 cores busy"), f.why());
    }

    @Test
    void takingTurnsIsSaidOnlyWhenHundredCarriersWereNoFasterThanTheCores() {
        var cores = cell("virtual", 2, 55, 50, 60, 100, 1.8, Verdict.HELPS);
        var asFast = cell("virtual", 100, 56, 50, 60, 100, 1.78, Verdict.HELPS);
        var slowCores = cell("virtual", 2, 90, 85, 95, 100, 1.1, Verdict.NO_EFFECT);
        TrapFinding turns = TrapsJudge.hundredCarriers(Optional.empty(), Optional.of(cores), Optional.of(asFast), 2);
        TrapFinding noise = TrapsJudge.hundredCarriers(Optional.empty(), Optional.of(slowCores), Optional.of(asFast), 2);
        assertTrue(turns.why().contains("take turns"), turns.why());
        assertTrue(!noise.why().contains("take turns") && noise.why().contains("noise"), noise.why());
        var beyond = cell("virtual", 100, 20, 19, 21, 100, 5.0, Verdict.HELPS);
        assertEquals(INCONCLUSIVE, TrapsJudge.hundredCarriers(Optional.empty(), Optional.of(cores), Optional.of(beyond), 2).verdict());
    }

    @Test
    void beyondTheCoresIsJudgedByTheEnginesCeilingSlack() {
        var cores = cell("virtual", 2, 55, 50, 60, 100, 1.9, Verdict.HELPS);
        var within = cell("virtual", 100, 50, 49, 51, 100, 2.08, Verdict.HELPS);
        var beyond = cell("virtual", 100, 48, 47, 49, 100, 2.12, Verdict.HELPS);
        assertEquals(MYTH, TrapsJudge.hundredCarriers(Optional.empty(), Optional.of(cores), Optional.of(within), 2).verdict(),
                "2.08x on 2 cores is within the 5% slack of Bands.CEILING_SLACK");
        TrapFinding disturbed = TrapsJudge.hundredCarriers(Optional.empty(), Optional.of(cores), Optional.of(beyond), 2);
        assertEquals(INCONCLUSIVE, disturbed.verdict(), disturbed.why());
        assertTrue(disturbed.why().contains("disturbed"), disturbed.why());
    }
}
