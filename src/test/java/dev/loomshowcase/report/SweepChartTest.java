package dev.loomshowcase.report;

import dev.loomshowcase.engine.Environment;
import dev.loomshowcase.engine.ScenarioResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The open-model chart: p99 against offered rate, one line per rival, log scale only where the p99s span far. */
class SweepChartTest {

    private static Map<String, Object> point(String model, double rate, double p99) {
        return Map.of("model", model, "offeredRate", rate, "achievedRate", rate, "latencyMs", Map.of("p99", p99), "errors", Map.of());
    }

    private static ScenarioResult server(List<Map<String, Object>> sweep) {
        return new ScenarioResult("server", "t", "h", "quick", Environment.current(), List.of(), List.of(),
                Map.of("sweep", sweep, "knees", Map.of()));
    }

    @Test
    void oneLinePerRivalWithALogAxisWhenTheP99sSpanMoreThanTenTimes() {
        SweepChart chart = SweepChart.of(server(List.of(point("platform-pool", 60, 210), point("platform-pool", 250, 4200),
                point("virtual", 160, 205), point("virtual", 480, 260)))).orElseThrow();
        assertEquals(List.of("platform-pool", "virtual"), List.copyOf(chart.series().keySet()));
        assertEquals(List.of(List.of(60.0, 210.0), List.of(250.0, 4200.0)), chart.series().get("platform-pool"));
        assertTrue(chart.logY(), "210 ms to 4200 ms spans 20x");
        assertFalse(SweepChart.of(server(List.of(point("virtual", 160, 205), point("virtual", 480, 260)))).orElseThrow().logY());
    }

    @Test
    void aScenarioWithoutASweepHasNoSweepChart() {
        assertTrue(SweepChart.of(new ScenarioResult("fetch-all", "t", "h", "quick", Environment.current(), List.of(), List.of()))
                .isEmpty());
    }
}
