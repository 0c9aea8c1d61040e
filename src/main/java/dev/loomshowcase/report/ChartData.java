package dev.loomshowcase.report;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.ScenarioResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What one chart of {@code report.html} shows: for a scenario, the speedup over sequential of each
 * thread model (a series) at each carrier count (a category). A failed cell has no bar.
 *
 * @param scenario   the scenario's name
 * @param title      the chart's title
 * @param carriers   category labels, e.g. {@code 1 carrier}
 * @param series     thread model to speedups, one per category ({@code "-"} where not measured)
 */
public record ChartData(String scenario, String title, List<String> carriers, Map<String, List<Object>> series) {

    /** The chart of one scenario's cells. */
    public static ChartData of(ScenarioResult result) {
        TreeSet<Integer> counts = new TreeSet<>();
        Map<String, Map<Integer, Double>> byModel = new LinkedHashMap<>();
        for (CellResult cell : result.cells()) {
            if (cell.model() == ThreadModel.SEQUENTIAL) {
                continue;
            }
            counts.add(cell.carriers());
            byModel.computeIfAbsent(cell.model().id(), m -> new LinkedHashMap<>()).put(cell.carriers(), cell.speedup());
        }
        Map<String, List<Object>> series = new LinkedHashMap<>();
        byModel.forEach((model, values) -> {
            List<Object> row = new ArrayList<>();
            counts.forEach(c -> row.add(values.get(c) == null ? "-" : Math.round(values.get(c) * 100) / 100.0));
            series.put(model, row);
        });
        List<String> labels = counts.stream().map(c -> c == 1 ? "1 carrier" : c + " carriers").toList();
        return new ChartData(result.scenario(), result.scenario() + ": speedup over sequential", labels, series);
    }
}
