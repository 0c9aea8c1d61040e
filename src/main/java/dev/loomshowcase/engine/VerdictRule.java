package dev.loomshowcase.engine;

import java.util.Locale;

/**
 * Turns measurements into a verdict and a reason. Computed, never written by hand.
 *
 * <p>Speedup = baseline median / cell median. Outside the no-effect band ({@code ±band}) a verdict
 * of {@code helps} or {@code hurts} needs the cell's [min, max] clear of the baseline's; otherwise the
 * honest answer is {@code inconclusive}. The reason names the CPU share that explains the result:
 * CPU time / (wall time x carriers), i.e. how busy the carriers were.
 *
 * @param band relative width of the no-effect band, e.g. 0.10 for 0.91x .. 1.10x
 */
public record VerdictRule(double band) {

    /** The rule every scenario uses unless it has a reason not to. */
    public static final VerdictRule DEFAULT = new VerdictRule(0.10);

    /** Speedup at or above which a cell may help. */
    public double helpsAt() {
        return 1 + band;
    }

    /** Speedup at or below which a cell may hurt. */
    public double hurtsAt() {
        return 1 / (1 + band);
    }

    /** The verdict and reason for a cell measured against the baseline. */
    public Judgement judge(Stats baselineWall, Stats cellWall, double cpuShare, int carriers) {
        double speedup = baselineWall.median() / cellWall.median();
        Verdict verdict = verdict(speedup, baselineWall, cellWall);
        return new Judgement(speedup, verdict, reason(verdict, speedup, cpuShare, carriers, baselineWall, cellWall));
    }

    private Verdict verdict(double speedup, Stats baseline, Stats cell) {
        if (speedup >= helpsAt()) {
            return cell.max() < baseline.min() ? Verdict.HELPS : Verdict.INCONCLUSIVE;
        }
        if (speedup <= hurtsAt()) {
            return cell.min() > baseline.max() ? Verdict.HURTS : Verdict.INCONCLUSIVE;
        }
        return Verdict.NO_EFFECT;
    }

    private static String reason(Verdict verdict, double speedup, double cpuShare, int carriers,
                                 Stats baseline, Stats cell) {
        String busy = String.format(Locale.ROOT, "carriers %d%% busy", Math.round(cpuShare * 100));
        String of = carriers == 1 ? "1 carrier" : carriers + " carriers";
        boolean waiting = cpuShare < 0.5;
        return switch (verdict) {
            case HELPS -> waiting
                    ? String.format(Locale.ROOT, "mostly waiting (%s of %s): the waits overlap", busy, of)
                    : String.format(Locale.ROOT, "CPU-bound (%s of %s): runs in parallel, at most %dx", busy, of, carriers);
            case NO_EFFECT -> waiting
                    ? String.format(Locale.ROOT, "mostly waiting (%s of %s), yet the waits did not overlap", busy, of)
                    : String.format(Locale.ROOT, "CPU-bound (%s of %s): nothing to overlap, more carriers needed", busy, of);
            case HURTS -> waiting
                    ? String.format(Locale.ROOT, "slower while mostly waiting (%s of %s): overhead added", busy, of)
                    : String.format(Locale.ROOT, "CPU-bound (%s of %s): switching and coordination cost more than they give", busy, of);
            case INCONCLUSIVE -> String.format(Locale.ROOT,
                    "%.2fx, but ranges overlap (%.0f..%.0f ms vs baseline %.0f..%.0f ms): too noisy, rerun with --thorough",
                    speedup, cell.min(), cell.max(), baseline.min(), baseline.max());
            case BASELINE, FAILED -> throw new IllegalStateException("not a comparison: " + verdict);
        };
    }

    /** A verdict with the speedup it was computed from and its reason. */
    public record Judgement(double speedup, Verdict verdict, String reason) {
    }
}
