package dev.loomshowcase.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How far a cell's speedup moved between rounds (each round: a fresh child JVM of the cell and of its
 * baseline, run close together). A speedup that held within {@link Bands#HOLDS_WITHIN} can be read
 * as one number; one that moved more is shown with its band, and a band that straddles a verdict's
 * threshold leaves the verdict open.
 *
 * @param min    the lowest per-round speedup
 * @param max    the highest
 * @param rounds how many rounds
 */
public record SpeedupBand(double min, double max, int rounds) {

    /** The speedup of each round: baseline median of round r / cell median of round r. */
    public static List<Double> perRound(List<Double> baselineMedians, List<Double> cellMedians) {
        List<Double> speedups = new ArrayList<>();
        for (int r = 0; r < Math.min(baselineMedians.size(), cellMedians.size()); r++) {
            speedups.add(baselineMedians.get(r) / cellMedians.get(r));
        }
        return speedups;
    }

    /** From this many rounds on, the band leaves out the highest and the lowest round. */
    public static final int TRIMMED_FROM = 5;

    /**
     * The band of {@code speedups}: their min..max, or, from {@value #TRIMMED_FROM} rounds on, the
     * min..max of all but the highest and the lowest, so that one disturbed round (a compile or a
     * neighbour's burst in one JVM) no longer decides a band that the other rounds agree on; two still do.
     */
    public static SpeedupBand of(List<Double> speedups) {
        List<Double> sorted = speedups.stream().sorted().toList();
        List<Double> kept = sorted.size() >= TRIMMED_FROM ? sorted.subList(1, sorted.size() - 1) : sorted;
        return new SpeedupBand(kept.isEmpty() ? Double.NaN : kept.getFirst(), kept.isEmpty() ? Double.NaN : kept.getLast(),
                speedups.size());
    }

    /** True when the band left out its highest and lowest round. */
    public boolean trimmed() {
        return rounds >= TRIMMED_FROM;
    }

    /** The band's range alone: "0.95x..1.01x". */
    public String range() {
        return Units.speedup(min) + ".." + Units.speedup(max);
    }

    /** True when the highest round is within {@link Bands#HOLDS_WITHIN} of the lowest. */
    public boolean holds() {
        return max <= min * (1 + Bands.HOLDS_WITHIN);
    }

    /** True when the band has values on both sides of {@code threshold}. */
    public boolean straddles(double threshold) {
        return min < threshold && max >= threshold;
    }

    public String describe() {
        return String.format(Locale.ROOT, "%s..%s over %d rounds%s", Units.speedup(min), Units.speedup(max), rounds,
                trimmed() ? " (highest and lowest left out)" : "");
    }
}
