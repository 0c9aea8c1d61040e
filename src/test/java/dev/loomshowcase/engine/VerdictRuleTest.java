package dev.loomshowcase.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerdictRuleTest {

    private final VerdictRule rule = VerdictRule.DEFAULT;
    private final Stats baseline = Stats.of(2950, 3000, 3050);

    @Test
    void clearlyFasterWithoutOverlapHelps() {
        var judgement = rule.judge(baseline, Stats.of(990, 1000, 1010), 0.02, 1);
        assertEquals(Verdict.HELPS, judgement.verdict());
        assertEquals(3.0, judgement.speedup(), 1e-9);
        assertTrue(judgement.reason().contains("2%"), judgement.reason());
        assertTrue(judgement.reason().contains("waits overlap"), judgement.reason());
    }

    @Test
    void aCpuShareTooShortOrBeyondTheCarriersExplainsNothing() {
        var readable = rule.judge(Stats.of(29.5, 30, 30.5), Stats.of(0.99, 1.0, 1.01), 0.02, 1);
        var tooShort = rule.judge(Stats.of(2.95, 3, 3.05), Stats.of(0.099, 0.1, 0.101), 0.02, 1);
        var jitBeside = rule.judge(baseline, Stats.of(3500, 3600, 3700), 1.9, 1);
        assertTrue(readable.reason().contains("waits overlap"), readable.reason());
        assertTrue(tooShort.reason().contains("covers only 100 µs") && !tooShort.reason().contains("overlap"), tooShort.reason());
        assertTrue(jitBeside.reason().contains("190% of 1 carrier") && jitBeside.reason().contains("JIT, GC")
                && !jitBeside.reason().contains("switching"), jitBeside.reason());
    }

    @Test
    void fasterMedianButOverlappingSpreadIsInconclusive() {
        var judgement = rule.judge(baseline, Stats.of(1000, 2000, 3100), 0.5, 2);
        assertEquals(Verdict.INCONCLUSIVE, judgement.verdict());
        assertTrue(judgement.reason().contains("too noisy"), judgement.reason());
    }

    @Test
    void withinTheBandIsNoEffect() {
        var judgement = rule.judge(baseline, Stats.of(2900, 3100, 3300), 0.97, 1);
        assertEquals(Verdict.NO_EFFECT, judgement.verdict());
        assertTrue(judgement.reason().contains("CPU-bound"), judgement.reason());
    }

    @Test
    void clearlySlowerWithoutOverlapHurts() {
        var judgement = rule.judge(baseline, Stats.of(3500, 3600, 3700), 0.9, 2);
        assertEquals(Verdict.HURTS, judgement.verdict());
    }

    @Test
    void bandEdgesAreSymmetricInRatio() {
        assertEquals(1.10, rule.helpsAt(), 1e-9);
        assertEquals(1 / 1.10, rule.hurtsAt(), 1e-9);
    }

    @Test
    void cpuBoundSpeedupNamesTheCarrierBound() {
        var judgement = rule.judge(baseline, Stats.of(1580, 1600, 1620), 0.95, 2);
        assertEquals(Verdict.HELPS, judgement.verdict());
        assertTrue(judgement.reason().contains("at most 2x"), judgement.reason());
    }

    @Test
    void bandEdgesWithSeparatedRanges() {
        Stats base = Stats.of(1075, 1080, 1085);
        var below = rule.judge(base, Stats.of(995, 1000, 1005), 0.95, 2);
        var above = rule.judge(Stats.of(1115, 1120, 1125), Stats.of(995, 1000, 1005), 0.95, 2);
        assertEquals(Verdict.NO_EFFECT, below.verdict(), "1.08x is inside the no-effect band: " + below.reason());
        assertEquals(Verdict.HELPS, above.verdict(), "1.12x with separated ranges helps: " + above.reason());
    }

    @Test
    void theSameSpeedupIsParallelOnlyWhenMoreThanOneCoreWasBusy() {
        var parallel = rule.judge(baseline, Stats.of(1580, 1600, 1620), 0.95, 2);
        var serial = rule.judge(baseline, Stats.of(1580, 1600, 1620), 0.95, 1);
        assertTrue(parallel.reason().contains("ran in parallel"), parallel.reason());
        assertTrue(parallel.reason().contains("1.90 cores busy"), parallel.reason());
        assertTrue(serial.reason().contains("not in parallel"), serial.reason());
        assertTrue(serial.reason().contains("0.95 cores busy on 1 carrier"), serial.reason());
    }

    @Test
    void theSameSpeedupIsOverlappedWaitsOnlyWhenTheCarriersMostlyWaited() {
        var waiting = rule.judge(baseline, Stats.of(990, 1000, 1010), 0.04, 2);
        var busy = rule.judge(baseline, Stats.of(990, 1000, 1010), 0.96, 2);
        assertTrue(waiting.reason().contains("mostly waiting") && waiting.reason().contains("4%"), waiting.reason());
        assertTrue(busy.reason().contains("CPU-bound") && !busy.reason().contains("waiting"), busy.reason());
    }

    @Test
    void carriersBeyondTheCoresAreNamedAsTakingTurns() {
        var overbooked = rule.judge(baseline, Stats.of(2990, 3000, 3010), 0.98, 100, 2, java.util.Optional.empty());
        assertTrue(overbooked.reason().contains("1.96 cores busy on 100 carriers (2 cores)"), overbooked.reason());
        assertTrue(overbooked.reason().contains("100 carriers on 2 cores take turns"), overbooked.reason());
        assertTrue(!overbooked.reason().contains("mostly waiting"), overbooked.reason());
    }

    @Test
    void aSpeedupAboveTheStatedCeilingIsADisturbedBaseline() {
        var ceiling = java.util.Optional.of(new Ceiling(1.5, "3 equal tasks on 2 carriers"));
        var beyond = rule.judge(Stats.of(1700, 1710, 1720), Stats.of(995, 1000, 1005), 0.95, 2, 2, ceiling);
        var within = rule.judge(Stats.of(1440, 1450, 1460), Stats.of(995, 1000, 1005), 0.95, 2, 2, ceiling);
        assertEquals(Verdict.INCONCLUSIVE, beyond.verdict(), beyond.reason());
        assertTrue(beyond.reason().contains("above the 1.50x ceiling of 3 equal tasks on 2 carriers"), beyond.reason());
        assertEquals(Verdict.HELPS, within.verdict(), within.reason());
        var oneCarrier = java.util.Optional.of(new Ceiling(1.0, "3 equal tasks on 1 carrier"));
        var inBand = rule.judge(Stats.of(1065, 1070, 1075), Stats.of(995, 1000, 1005), 0.95, 1, 1, oneCarrier);
        assertEquals(Verdict.NO_EFFECT, inBand.verdict(), "1.07x on a 1.00x ceiling is still no effect: " + inBand.reason());
    }

    @Test
    void oneRepetitionOnEitherSideGetsNoHelpsOrHurts() {
        var single = rule.judge(Stats.of(3000), Stats.of(1000), 0.02, 1);
        var repeated = rule.judge(Stats.of(2990, 3000), Stats.of(1000, 1010), 0.02, 1);
        assertEquals(Verdict.INCONCLUSIVE, single.verdict(), single.reason());
        assertEquals(Verdict.HELPS, repeated.verdict(), repeated.reason());
    }
}
