package dev.loomshowcase.server;

import java.util.List;

/**
 * What the load-generator process hands back to the server's cell: one {@link LoadResult} per window
 * and the CPU the load generator itself used in each, so that its CPU is not counted as the server's.
 *
 * @param windows one result per measured window, in order
 * @param cpuMs   the load process's own CPU time in each window, ms
 * @param warmupMs the warm-up before the first window, settling included
 * @param settled  true when the answer rate had settled before the windows began
 */
public record LoadReport(List<LoadResult> windows, List<Double> cpuMs, long warmupMs, boolean settled) {

    public LoadReport {
        windows = List.copyOf(windows);
        cpuMs = List.copyOf(cpuMs);
    }
}
