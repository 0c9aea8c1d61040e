package dev.loomshowcase.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * What one {@code server} cell measured, as the typed extras of its JSON cell.
 *
 * @param caseName          set on the cell that measures the other downstream client, e.g. {@code virtual+jdk}
 * @param concurrency       closed-loop clients (C)
 * @param poolThreads       P of the platform-pool rival, null for the others
 * @param client            the server's downstream client ({@code jdk} or {@code helidon})
 * @param downstreamDelayMs each stub's delay W at this level
 * @param throughput        answers per second over all the windows together (latency is the median window's)
 * @param throughputRange   lowest and highest window
 * @param littleBound       C / W, the most a closed loop of C clients can get
 * @param latencyMs         the median window's p50, p90, p99, p999 (99.9th), max
 * @param answered          2xx answers in the median window
 * @param errors            failures over all windows, by kind
 * @param serverRssBytes    the server process's peak resident memory (Linux's VmHWM), null when unknown
 * @param serverOsThreads   the server process's most live OS threads seen in the windows, null when unknown
 * @param blockedThreadWarnings Vert.x's blocked-thread warnings in the cell (reactive only)
 * @param warmupMs          the load's warm-up before the first window, settling included
 * @param settled           true when the answer rate had settled (two periods of one W within 10%) before the windows
 * @param inFlight          requests in flight as the server counted them: mean and max over the windows
 * @param cpuMsPerRequest   CPU ms per answered request of each process: server, stubs, load
 * @param cpuBusy           each process's CPU as a share of the machine's cores, and the machine's own
 * @param machineCpuBusy    the machine's busy share of all cores over the windows (every process)
 * @param stubLatencyMs     a probe's latency GETting one stub directly during the load
 * @param windows           each window's figures, in order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerCellFigures(@JsonProperty("case") String caseName, int concurrency, Integer poolThreads, String client, int downstreamDelayMs,
                                double throughput, Map<String, Double> throughputRange, double littleBound,
                                Map<String, Double> latencyMs, long answered, Map<String, Long> errors,
                                Long serverRssBytes, Integer serverOsThreads, Integer blockedThreadWarnings,
                                long warmupMs, boolean settled,
                                Map<String, Double> inFlight, Map<String, Double> cpuMsPerRequest,
                                Map<String, Double> cpuBusy, Double machineCpuBusy, Map<String, Double> stubLatencyMs,
                                List<WindowFigures> windows) {

    /**
     * One window.
     *
     * @param throughput     answers per second
     * @param p50            median latency, ms
     * @param p99            99th percentile, ms
     * @param errors         failures in the window
     * @param inFlightMean   the server's mean in-flight count
     */
    public record WindowFigures(double throughput, double p50, double p99, long errors, double inFlightMean) {
    }
}
