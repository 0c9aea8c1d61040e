package dev.loomshowcase.server;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Locale;
import java.util.Map;

/**
 * What a load run measured in its window (warm-up excluded).
 *
 * @param target      the URL loaded
 * @param concurrency closed-loop clients
 * @param windowMs    length of the measured window
 * @param ok          2xx answers completed in the window
 * @param errors      failures completed in the window, by kind ({@code status-502}, {@code timeout},
 *                    {@code connect}, {@code io})
 * @param throughput  ok answers per second of window
 * @param latencyMs   latency of the ok answers: p50, p90, p99, max, mean
 */
@JsonPropertyOrder({"target", "concurrency", "windowMs", "ok", "errors", "throughput", "latencyMs"})
public record LoadResult(String target, int concurrency, double windowMs, long ok, Map<String, Long> errors,
                         double throughput, Map<String, Double> latencyMs) {

    public LoadResult {
        errors = Map.copyOf(errors);
        latencyMs = Map.copyOf(latencyMs);
    }

    /** All failures, whatever their kind. */
    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A latency percentile by name ({@code p50}, {@code p99}...), in ms. */
    public double latency(String name) {
        return latencyMs.getOrDefault(name, Double.NaN);
    }

    /** A few lines for a terminal. */
    public String summary() {
        return String.format(Locale.ROOT,
                "target      %s%nclients     %d%nwindow      %.1f s%nok          %d%nerrors      %d %s%n"
                        + "throughput  %.1f req/s%nlatency ms  p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                target, concurrency, windowMs / 1000, ok, errorCount(), errors.isEmpty() ? "" : errors,
                throughput, latency("p50"), latency("p90"), latency("p99"), latency("max"));
    }
}
