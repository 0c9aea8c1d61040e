package dev.loomshowcase.server;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.loomshowcase.engine.Bands;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an open-model load run measured over the requests scheduled in its window (warm-up excluded).
 *
 * @param target        the URL loaded
 * @param offeredRate   requests per second the schedule offered
 * @param achievedRate  ok answers completed inside the window, per second of window
 * @param startedRate   requests the generator actually started inside the window, per second: below the
 *                      offered rate when the generator could not keep its schedule
 * @param windowMs      length of the measured window
 * @param scheduled     requests whose intended start fell in the window
 * @param ok            of those, 2xx answers
 * @param errors        of those, failures by kind ({@code status-503}, {@code timeout}, {@code connect},
 *                      {@code io}, {@code refused} over the in-flight cap)
 * @param latencyMs     latency of the ok answers counted from each request's intended start: p50, p90,
 *                      p99, p999, max, mean
 * @param maxInFlight   the most requests in flight at once
 * @param inFlightCap   the cap on requests in flight, 0 for none
 * @param scheduleLagMs how late the generator started requests against their schedule: p50, p99, max
 */
@JsonPropertyOrder({"target", "offeredRate", "achievedRate", "startedRate", "windowMs", "scheduled", "ok", "errors",
        "latencyMs", "maxInFlight", "inFlightCap", "scheduleLagMs"})
public record RateResult(String target, double offeredRate, double achievedRate, double startedRate, double windowMs,
                         long scheduled, long ok, Map<String, Long> errors, Map<String, Double> latencyMs,
                         int maxInFlight, int inFlightCap, Map<String, Double> scheduleLagMs) {

    /** The kind counted for a request refused over the in-flight cap. */
    public static final String REFUSED = "refused";

    public RateResult {
        errors = Collections.unmodifiableMap(new TreeMap<>(errors));
        latencyMs = Collections.unmodifiableMap(new LinkedHashMap<>(latencyMs));
        scheduleLagMs = Collections.unmodifiableMap(new LinkedHashMap<>(scheduleLagMs));
    }

    /** All failures, whatever their kind. */
    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A latency percentile by name ({@code p50}, {@code p99}, {@code p999}...), in ms. */
    public double latency(String name) {
        return latencyMs.getOrDefault(name, Double.NaN);
    }

    /** True when the generator fell behind its schedule by more than {@link Bands#GENERATOR_LAG_MS} at p99. */
    @JsonIgnore
    public boolean fellBehind() {
        return scheduleLagMs.getOrDefault("p99", 0.0) > Bands.GENERATOR_LAG_MS;
    }

    /** True when the generator started at least {@code 1 - }{@link Bands#RATE_SLACK} of the offered rate. */
    @JsonIgnore
    public boolean rateReached() {
        return startedRate >= offeredRate * (1 - Bands.RATE_SLACK);
    }

    /** A few lines for a terminal, with a warning when the generator itself fell behind. */
    public String summary() {
        String text = String.format(Locale.ROOT,
                "target        %s%noffered       %.1f req/s%nachieved      %.1f req/s (ok answers in the window)%n"
                        + "window        %.1f s, %d requests scheduled, %d ok%nerrors        %d %s%n"
                        + "latency ms    p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f  (from each intended start)%n"
                        + "in flight     at most %d%s%nschedule lag  p50 %.2f ms  p99 %.2f ms  max %.2f ms%n",
                target, offeredRate, achievedRate, windowMs / 1000, scheduled, ok, errorCount(), errors.isEmpty() ? "" : errors,
                latency("p50"), latency("p90"), latency("p99"), latency("p999"), latency("max"),
                maxInFlight, inFlightCap > 0 ? " (cap " + inFlightCap + ")" : "",
                scheduleLagMs.getOrDefault("p50", 0.0), scheduleLagMs.getOrDefault("p99", 0.0), scheduleLagMs.getOrDefault("max", 0.0));
        return fellBehind() ? text + String.format(Locale.ROOT, "WARNING: the generator fell behind its schedule "
                + "(p99 %.1f ms late, over %.0f ms): its own delay is in the latencies above%n",
                scheduleLagMs.get("p99"), Bands.GENERATOR_LAG_MS) : text;
    }
}
