package dev.loomshowcase.report;

import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;

import java.util.Locale;

/**
 * The reason for a matrix cell in a few words, read off the cell's verdict and numbers: a cause
 * (waits overlap, parallel, keeps up) is named only beside the figure that shows it.
 */
final class Reasons {

    /** A CPU share above this means the carriers were mostly computing, not waiting. */
    static final double BUSY = Bands.BUSY;

    private Reasons() {
    }

    static String words(CellResult cell) {
        double share = cell.cpuShare() == null ? 0 : cell.cpuShare();
        boolean busy = share >= BUSY;
        String cpu = String.format(Locale.ROOT, "CPU %d%%", Math.round(share * 100));
        double coresBusy = share * Math.min(cell.carriers(), Matrix.cores(cell, cell.carriers()));
        return switch (cell.verdict()) {
            case HELPS -> !busy ? "waits overlap (" + cpu + ")"
                    : cell.carriers() > 1 && coresBusy >= Bands.PARALLEL
                    ? String.format(Locale.ROOT, "parallel: %.1f cores busy", coresBusy)
                    : String.format(Locale.ROOT, "not parallel: %.1f cores busy", coresBusy);
            case NO_EFFECT -> busy ? "CPU-bound (" + cpu + "): no gain" : "waits did not overlap (" + cpu + ")";
            case HURTS -> busy ? "switching cost more (" + cpu + ")" : "overhead > overlap (" + cpu + ")";
            case INCONCLUSIVE -> "too noisy: rerun --thorough";
            case FAILED -> "failed";
            case BASELINE -> "baseline";
            case HELD -> "guarantee held";
            case BROKEN -> "guarantee broken";
        };
    }

    /** The same for a server cell, whose speedup is throughput over the best platform rival at the same load. */
    static String serverWords(CellResult cell) {
        double ofBound = number(cell, "throughput") / number(cell, "littleBound");
        String little = Double.isNaN(ofBound) ? "" : String.format(Locale.ROOT, "%.0f%% of Little", 100 * ofBound);
        return switch (cell.verdict()) {
            case HELPS -> ofBound >= Bands.KEEPS_UP ? "keeps up: " + little : "ahead of rival, " + little;
            case NO_EFFECT -> "same as the best platform rival, " + little;
            case HURTS -> "slower than the best platform rival";
            case INCONCLUSIVE -> ofBound > 1 ? "measurement problem: " + little : "too noisy: rerun --thorough";
            case FAILED -> "failed";
            case BASELINE -> "baseline";
            case HELD -> "guarantee held";
            case BROKEN -> "guarantee broken";
        };
    }

    private static double number(CellResult cell, String key) {
        return cell.extras().get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
