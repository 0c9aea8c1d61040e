package dev.loomshowcase.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * Turns measurements into a verdict and a reason. Computed, never written by hand.
 *
 * <p>Speedup = baseline median / cell median. Outside the no-effect band ({@code ±band}) a verdict
 * of {@code helps} or {@code hurts} needs the cell's [min, max] clear of the baseline's, and more than
 * one repetition on both sides (a single value has no range to clear); otherwise the honest answer
 * is {@code inconclusive}. A speedup beyond the work's stated {@link Ceiling} (and outside the no-effect
 * band, which stays a valid "no effect") is flagged as a disturbed baseline. The reason names the CPU share that explains the result: CPU time / (wall time x
 * min(carriers, cores)), i.e. how busy the carriers that could run at once were. Thresholds: {@link Bands}.
 *
 * @param band relative width of the no-effect band, e.g. 0.10 for 0.91x .. 1.10x
 */
public record VerdictRule(double band) {

    /** The rule every scenario uses unless it has a reason not to. */
    public static final VerdictRule DEFAULT = new VerdictRule(Bands.FASTER - 1);

    /** Speedup at or above which a cell may help. */
    public double helpsAt() {
        return 1 + band;
    }

    /** Speedup at or below which a cell may hurt. */
    public double hurtsAt() {
        return 1 / (1 + band);
    }

    /** The verdict and reason for a cell whose {@code carriers} all had a core to run on. */
    public Judgement judge(Stats baselineWall, Stats cellWall, double cpuShare, int carriers) {
        return judge(baselineWall, cellWall, cpuShare, carriers, carriers, Optional.empty());
    }

    /**
     * The verdict and reason for a cell measured against the baseline.
     *
     * @param cpuShare  CPU time / wall time / {@code effective}
     * @param effective min(carriers, cores)
     * @param ceiling   the highest speedup the work can give, when its scenario states one
     */
    public Judgement judge(Stats baselineWall, Stats cellWall, double cpuShare, int carriers, int effective,
                           Optional<Ceiling> ceiling) {
        double speedup = baselineWall.median() / cellWall.median();
        if (ceiling.isPresent() && ceiling.get().brokenBy(speedup) && speedup >= helpsAt()) {
            return new Judgement(speedup, Verdict.INCONCLUSIVE, String.format(Locale.ROOT,
                    "%s is above the %s ceiling of %s: the baseline ran slower than its work allows (a disturbed "
                            + "baseline), so this is not a result; rerun", Units.speedup(speedup), Units.speedup(ceiling.get().speedup()),
                    ceiling.get().why()));
        }
        Verdict verdict = verdict(speedup, baselineWall, cellWall);
        var reason = new VerdictReason(speedup, cpuShare, carriers, effective, baselineWall, cellWall);
        return new Judgement(speedup, verdict, reason.of(verdict));
    }

    /**
     * The verdict of a cell's costs (wall times, or any lower-is-better values) against the baseline's:
     * outside the band, {@code helps} or {@code hurts} only with ranges clear of each other and more
     * than one value on each side, else {@code inconclusive}.
     */
    public Verdict verdict(Stats baseline, Stats cell) {
        return verdict(baseline.median() / cell.median(), baseline, cell);
    }

    private Verdict verdict(double speedup, Stats baseline, Stats cell) {
        boolean clear = !baseline.single() && !cell.single();
        if (speedup >= helpsAt()) {
            return clear && cell.max() < baseline.min() ? Verdict.HELPS : Verdict.INCONCLUSIVE;
        }
        if (speedup <= hurtsAt()) {
            return clear && cell.min() > baseline.max() ? Verdict.HURTS : Verdict.INCONCLUSIVE;
        }
        return Verdict.NO_EFFECT;
    }

    /** A verdict with the speedup it was computed from and its reason. */
    public record Judgement(double speedup, Verdict verdict, String reason) {
    }
}
