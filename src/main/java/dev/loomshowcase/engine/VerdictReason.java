package dev.loomshowcase.engine;

import java.util.Locale;

/**
 * The reason beside a verdict, built from the numbers it cites: every clause that names a cause
 * (the waits overlapped, ran in parallel) is printed only when the CPU share or cores kept busy
 * beside it show it; otherwise the clause says what was seen.
 *
 * @param speedup   baseline median / cell median
 * @param cpuShare  CPU time / wall time / {@code effective}
 * @param carriers  the cell's carriers
 * @param effective min(carriers, cores): how many carriers could run at once
 * @param baseline  the baseline's wall times
 * @param cell      the cell's wall times
 */
record VerdictReason(double speedup, double cpuShare, int carriers, int effective, Stats baseline, Stats cell) {

    String of(Verdict verdict) {
        if (verdict != Verdict.INCONCLUSIVE && !cpuReadable(cell.median(), cpuShare)) {
            return String.format(Locale.ROOT, "%s; %s, so it cannot say why", x(), unreadable(cell.median(), cpuShare, carriers));
        }
        return switch (verdict) {
            case HELPS -> waiting()
                    ? String.format(Locale.ROOT, "mostly waiting (%s): the waits overlapped, %s", busy(), x())
                    : parallel()
                    ? String.format(Locale.ROOT, "CPU-bound (%s): ran in parallel, %s of at most %dx", busy(), x(), effective)
                    : String.format(Locale.ROOT, "CPU-bound (%s): not in parallel, yet %s: overlapped waits or a "
                            + "slower baseline", busy(), x());
            case NO_EFFECT -> waiting()
                    ? String.format(Locale.ROOT, "mostly waiting (%s), yet %s: the waits did not overlap", busy(), x())
                    : String.format(Locale.ROOT, "CPU-bound (%s): %s, nothing to overlap%s", busy(), x(), turns());
            case HURTS -> waiting()
                    ? String.format(Locale.ROOT, "slower (%s) while mostly waiting (%s): overhead added", x(), busy())
                    : String.format(Locale.ROOT, "CPU-bound (%s): %s, switching and coordination cost more than "
                            + "they gave%s", busy(), x(), turns());
            case INCONCLUSIVE -> cell.single() || baseline.single()
                    ? String.format(Locale.ROOT, "%s from a single repetition: no range to tell a difference from noise",
                            x())
                    : String.format(Locale.ROOT, "%s, but ranges overlap (%s vs baseline %s): too noisy, rerun with "
                            + "--thorough", x(), Units.range(cell.min(), cell.max()),
                            Units.range(baseline.min(), baseline.max()));
            case BASELINE, FAILED, HELD, BROKEN -> throw new IllegalStateException("not a comparison: " + verdict);
        };
    }

    /**
     * True when a cell's CPU share can explain it: its repetitions last at least {@link Bands#CPU_READABLE_MS},
     * and its process was not busy well beyond its carriers ({@link Bands#BEYOND_CARRIERS}: JIT and GC threads
     * then weigh as much as the tasks).
     */
    static boolean cpuReadable(double wallMs, double cpuShare) {
        return wallMs >= Bands.CPU_READABLE_MS && cpuShare <= Bands.BEYOND_CARRIERS;
    }

    /** What the CPU share of a cell it cannot explain shows instead, with the figures. */
    static String unreadable(double wallMs, double cpuShare, int carriers) {
        String busy = String.format(Locale.ROOT, "its CPU share (%d%% of %d carrier%s)", Math.round(cpuShare * 100),
                carriers, carriers == 1 ? "" : "s");
        return wallMs < Bands.CPU_READABLE_MS
                ? String.format(Locale.ROOT, "%s covers only %s per repetition, where the JVM's own threads weigh as "
                        + "much as the work", busy, Units.duration(wallMs))
                : busy + " counts the JVM's own threads (JIT, GC) working beside the tasks";
    }

    boolean waiting() {
        return cpuShare < Bands.BUSY;
    }

    /** Ran in parallel: more than one carrier could run at once, and more than one core was kept busy. */
    boolean parallel() {
        return effective > 1 && coresBusy() >= Bands.PARALLEL;
    }

    double coresBusy() {
        return cpuShare * effective;
    }

    private String busy() {
        String on = carriers == 1 ? "1 carrier" : carriers + " carriers";
        String cores = effective < carriers ? String.format(Locale.ROOT, " (%d core%s)", effective, effective == 1 ? "" : "s") : "";
        return String.format(Locale.ROOT, "%.2f cores busy on %s%s, %d%%", coresBusy(), on, cores, Math.round(cpuShare * 100));
    }

    private String x() {
        return Units.speedup(speedup);
    }

    /** When there are more carriers than cores, the extra carriers only take turns. */
    private String turns() {
        return effective < carriers
                ? String.format(Locale.ROOT, "; %d carriers on %d core%s take turns", carriers, effective, effective == 1 ? "" : "s")
                : "";
    }
}
