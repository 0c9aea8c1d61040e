package dev.loomshowcase.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a cell measured in rounds gets one more, and when the budget says no. */
class RoundPolicyTest {

    private final RoundPolicy quick = RoundPolicy.quick();

    @Test
    void roundsAcrossTheNoEffectBandsLowerEdgeWantMore() {
        var why = quick.wantsMore(List.of(0.90, 1.01, 1.02));
        assertTrue(why.isPresent(), "0.90x..1.02x crosses 0.91x");
        assertTrue(why.get().contains("0.90x..1.02x") && why.get().contains("0.91x"), why.get());
    }

    @Test
    void roundsAcrossTheHelpsEdgeWantMore() {
        assertTrue(quick.wantsMore(List.of(1.05, 1.20, 1.22)).orElseThrow().contains("1.10x"));
    }

    @Test
    void roundsOnOneSideOfEveryEdgeAreSettled() {
        assertTrue(quick.wantsMore(List.of(0.97, 1.01, 1.02)).isEmpty(), "no-effect in every round");
        assertTrue(quick.wantsMore(List.of(1.30, 1.45, 1.20)).isEmpty(), "helps in every round, even 20% apart, in quick mode");
        assertTrue(quick.wantsMore(List.of(0.80)).isEmpty(), "one round has no band");
    }

    @Test
    void standardModeAlsoWantsMoreWhileTheSpeedupMovesMoreThanTenPercent() {
        assertTrue(RoundPolicy.standard().wantsMore(List.of(1.30, 1.45, 1.20)).orElseThrow().contains("more than 10% apart"));
        assertTrue(RoundPolicy.standard().wantsMore(List.of(1.30, 1.35, 1.32)).isEmpty());
    }

    @Test
    void fromFiveRoundsOneDisturbedRoundAtEitherEndNoLongerDecides() {
        assertTrue(quick.wantsMore(List.of(0.90, 1.01, 1.02, 0.98)).isPresent(), "four rounds: the 0.90x round still counts");
        assertTrue(quick.wantsMore(List.of(0.90, 1.01, 1.02, 0.98, 0.99)).isEmpty(), "five: highest and lowest left out");
        assertTrue(quick.wantsMore(List.of(0.90, 0.89, 1.02, 0.98, 0.99)).isPresent(), "two low rounds still decide");
        assertEquals("0.98x..1.01x", SpeedupBand.of(List.of(0.90, 1.01, 1.02, 0.98, 0.99)).range());
    }

    @Test
    void theBudgetCapsRoundsAndTime() {
        var policy = new RoundPolicy(VerdictRule.DEFAULT, 2, Duration.ofSeconds(10), false);
        assertTrue(policy.affords(0, Duration.ZERO, Duration.ofSeconds(4)));
        assertTrue(policy.affords(1, Duration.ofSeconds(4), Duration.ofSeconds(6)), "exactly the budget fits");
        assertFalse(policy.affords(1, Duration.ofSeconds(5), Duration.ofSeconds(6)), "the next round would overrun 10 s");
        assertFalse(policy.affords(2, Duration.ZERO, Duration.ZERO), "two extra rounds at most");
        assertFalse(RoundPolicy.NONE.affords(0, Duration.ZERO, Duration.ZERO));
    }

    @Test
    void scenariosSharingARunsTimeForExtraRoundsStopOnceItIsSpent() {
        var shared = ExtraRoundTime.of(Duration.ofSeconds(10));
        var first = RoundPolicy.quick().sharing(shared);
        assertTrue(first.affords(0, Duration.ZERO, Duration.ofSeconds(6)));
        first.spent(Duration.ofSeconds(6));
        var second = RoundPolicy.quick().sharing(shared);
        assertFalse(second.affords(0, Duration.ZERO, Duration.ofSeconds(6)), "the first scenario spent 6 of the run's 10 s");
        assertTrue(second.affords(0, Duration.ZERO, Duration.ofSeconds(4)));
        assertTrue(second.budgetText().contains("the run's 10 s for extra rounds (4.0 s left)"), second.budgetText());
        assertTrue(RoundPolicy.quick().affords(0, Duration.ZERO, Duration.ofSeconds(6)), "alone, only the scenario's own budget counts");
    }
}
