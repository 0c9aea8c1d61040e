package dev.loomshowcase.report;

import dev.loomshowcase.engine.CellResult;

/** The reason for a matrix cell in a few words, read off the cell's verdict and CPU share. */
final class Reasons {

    /** A CPU share above this means the carriers were mostly computing, not waiting. */
    static final double BUSY = 0.5;

    private Reasons() {
    }

    static String words(CellResult cell) {
        boolean busy = cell.cpuShare() != null && cell.cpuShare() >= BUSY;
        int carriers = cell.carriers();
        return switch (cell.verdict()) {
            case HELPS -> !busy ? "waits overlap"
                    : carriers == 1 ? "waits overlap, CPU serial" : "runs in parallel on " + carriers + " carriers";
            case NO_EFFECT -> busy ? "CPU-bound: nothing to overlap" : "waits did not overlap";
            case HURTS -> busy ? "switching costs outweigh gains" : "overhead outweighs any overlap";
            case INCONCLUSIVE -> "too noisy: rerun --thorough";
            case FAILED -> "failed";
            case BASELINE -> "baseline";
        };
    }

    /** The same for a server cell, whose speedup is throughput over the platform-pool server. */
    static String serverWords(CellResult cell) {
        return switch (cell.verdict()) {
            case HELPS -> "no thread cap: keeps up";
            case NO_EFFECT -> "pool had a thread per client";
            case HURTS -> "slower than the platform pool";
            case INCONCLUSIVE -> "too noisy: rerun --thorough";
            case FAILED -> "failed";
            case BASELINE -> "baseline";
        };
    }
}
