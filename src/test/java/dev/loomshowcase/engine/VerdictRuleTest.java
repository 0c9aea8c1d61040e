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
}
