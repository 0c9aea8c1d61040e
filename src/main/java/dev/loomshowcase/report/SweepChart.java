package dev.loomshowcase.report;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.engine.ScenarioResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the open-model chart of {@code report.html} shows: a scenario's rate sweep (its {@code sweep}
 * finding), p99 against offered rate, one line per rival; a logarithmic p99 axis when the p99s span
 * more than {@link #LOG_SPAN} times.
 *
 * @param scenario the scenario's name
 * @param title    the chart's title
 * @param series   rival to its points, each [offered req/s, p99 ms] (p99 null where no request succeeded)
 * @param logY     true to draw p99 on a logarithmic axis
 */
public record SweepChart(String scenario, String title, Map<String, List<List<Double>>> series, boolean logY) {

    /** A p99 span (highest / lowest) beyond which a logarithmic axis shows both ends. */
    static final double LOG_SPAN = 10;

    /** The chart of a scenario's sweep, when it has one. */
    public static Optional<SweepChart> of(ScenarioResult result) {
        Object sweep = result.findings().get("sweep");
        if (sweep == null) {
            return Optional.empty();
        }
        List<Map<String, Object>> points = Json.mapper().convertValue(sweep, new TypeReference<>() { });
        Map<String, List<List<Double>>> series = new LinkedHashMap<>();
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (Map<String, Object> p : points) {
            Double p99 = p.get("latencyMs") instanceof Map<?, ?> l && l.get("p99") instanceof Number n ? n.doubleValue() : null;
            List<Double> xy = new ArrayList<>();
            xy.add(((Number) p.get("offeredRate")).doubleValue());
            xy.add(p99);
            series.computeIfAbsent(String.valueOf(p.get("model")), m -> new ArrayList<>()).add(xy);
            if (p99 != null && p99 > 0) {
                lo = Math.min(lo, p99);
                hi = Math.max(hi, p99);
            }
        }
        return Optional.of(new SweepChart(result.scenario(), result.scenario()
                + ": p99 latency (from intended starts) against offered rate, open model", series, hi / lo > LOG_SPAN));
    }
}
