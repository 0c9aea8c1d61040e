package dev.loomshowcase.engine;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a cell measured in rounds gets one more: while its per-round speedups straddle an edge of the
 * verdict rule's no-effect band (the next run could land on the other side), and, where asked, while
 * they move more than {@link Bands#HOLDS_WITHIN}; never beyond {@code extraRounds} rounds past the
 * planned ones, nor once the extra rounds would overrun {@code budget}. The rule that judges the cell
 * stays the same: more rounds only give the band more data; from {@link SpeedupBand#TRIMMED_FROM}
 * rounds on, one disturbed round at either end no longer decides it ({@link SpeedupBand#of}).
 *
 * {@snippet :
 * RoundPolicy quick = RoundPolicy.quick();
 * quick.wantsMore(List.of(0.90, 1.01, 1.02)); // Optional["its rounds gave 0.90x..1.02x, across the no-effect band's edge 0.91x"]
 * quick.wantsMore(List.of(0.97, 1.01, 1.02)); // Optional.empty(): no-effect in every round
 * }
 *
 * @param rule        the rule whose edges a band must not straddle
 * @param extraRounds the most rounds beyond the planned ones
 * @param budget      the most wall time the extra rounds of one scenario may take, estimated before each
 * @param untilHeld   whether a band that moved more than {@link Bands#HOLDS_WITHIN} also wants more rounds
 * @param shared      the time for extra rounds the whole run shares (the main job's), beside the scenario's own budget
 */
public record RoundPolicy(VerdictRule rule, int extraRounds, Duration budget, boolean untilHeld, ExtraRoundTime shared) {

    public RoundPolicy {
        shared = shared == null ? ExtraRoundTime.unlimited() : shared;
    }

    /** A policy whose extra rounds only this scenario's budget limits. */
    public RoundPolicy(VerdictRule rule, int extraRounds, Duration budget, boolean untilHeld) {
        this(rule, extraRounds, budget, untilHeld, ExtraRoundTime.unlimited());
    }

    /** The same policy, its extra rounds also drawn from {@code time}, which other scenarios share. */
    public RoundPolicy sharing(ExtraRoundTime time) {
        return new RoundPolicy(rule, extraRounds, budget, untilHeld, time);
    }

    /** No extra rounds: the planned ones decide. */
    public static final RoundPolicy NONE = new RoundPolicy(VerdictRule.DEFAULT, 0, Duration.ZERO, false);

    /**
     * Quick mode (the main job, the dashboard, the talk): only a band across an edge gets more rounds,
     * up to 4 more and 20 s per scenario, so the main job (four server rivals at 1000 clients take about
     * 90 s of it) stays within about three minutes.
     */
    public static RoundPolicy quick() {
        return new RoundPolicy(VerdictRule.DEFAULT, 4, Duration.ofSeconds(20), false);
    }

    /** Standard and thorough modes: also a band that moved more than 10%, up to 4 more rounds and 5 minutes. */
    public static RoundPolicy standard() {
        return new RoundPolicy(VerdictRule.DEFAULT, 4, Duration.ofMinutes(5), true);
    }

    /** Why a cell whose rounds gave {@code speedups} should get one more round, or empty when they settled. */
    public Optional<String> wantsMore(List<Double> speedups) {
        if (speedups.size() < 2) {
            return Optional.empty();
        }
        SpeedupBand band = SpeedupBand.of(speedups);
        for (double edge : new double[] {rule.helpsAt(), rule.hurtsAt() + 1e-9}) {
            if (band.straddles(edge)) {
                return Optional.of(String.format(Locale.ROOT, "its rounds gave %s, across the no-effect band's edge %s",
                        band.range(), Units.speedup(edge)));
            }
        }
        if (untilHeld && !band.holds()) {
            return Optional.of(String.format(Locale.ROOT, "its rounds gave %s, more than %.0f%% apart",
                    band.range(), 100 * Bands.HOLDS_WITHIN));
        }
        return Optional.empty();
    }

    /**
     * True when one more round fits: fewer than {@code extraRounds} extra rounds ran, and the time the
     * extra rounds took so far plus {@code nextRound} (estimated from the last round) stays within the budget,
     * and {@code nextRound} within what is left of the shared time.
     */
    public boolean affords(int extraRoundsRun, Duration spentOnExtras, Duration nextRound) {
        return extraRoundsRun < extraRounds && spentOnExtras.plus(nextRound).compareTo(budget) <= 0
                && shared.affords(nextRound);
    }

    /** Tells the shared time what an extra round took. */
    void spent(Duration round) {
        shared.spend(round);
    }

    /** The budget, in words, for a cell the budget left unsettled. */
    String budgetText() {
        String own = String.format(Locale.ROOT, "the budget (%d more rounds, %d s)", extraRounds, budget.toSeconds());
        return !shared.limited() ? own : own + String.format(Locale.ROOT, " or the run's %d s for extra rounds (%.1f s left)",
                shared.total().toSeconds(), shared.left().toMillis() / 1000.0);
    }
}
