package dev.loomshowcase.engine;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CPU-bound workloads as a child JVM runs them (registry, warm-ups, repetitions, extras), run
 * in-process with tiny sizes under every thread model.
 */
@Tag("slow")
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CpuBoundCellsTest {

    @ParameterizedTest
    @EnumSource(ThreadModel.class)
    void calculateAllMeasuresEveryRepetitionAndReportsN(ThreadModel model) throws Exception {
        ChildReport report = CellMain.measure(new CellSpec("calculate-all", model, 2, 1, 2, Map.of("n", "18")));
        assertEquals(2, report.samples().size());
        assertEquals(18, report.extras().get("n"));
    }

    @ParameterizedTest
    @EnumSource(value = ThreadModel.class, names = {"SEQUENTIAL", "VIRTUAL"})
    void sumReportsItsSizeSlicesAndSumsPerRepetition(ThreadModel model) throws Exception {
        ChildReport report = CellMain.measure(new CellSpec("sum", model, 2, 0, 2,
                Map.of("size", "5000", "parts", "2", "targetMs", "5")));
        assertEquals(5000, report.extras().get("size"));
        assertEquals(model == ThreadModel.SEQUENTIAL ? 1 : 2, report.extras().get("parts"));
        assertTrue(((Number) report.extras().get("operationsPerRepetition")).intValue() >= 1);
    }

    @ParameterizedTest
    @EnumSource(value = ThreadModel.class, names = {"ASYNC", "PLATFORM_PER_REQUEST", "REACTIVE"}, mode = EnumSource.Mode.EXCLUDE)
    // payments-async is its own workload; the other two are server rivals
    void paymentsReportLatencyAndContextSwitches(ThreadModel model) throws Exception {
        ChildReport report = CellMain.measure(new CellSpec("payments", model, 2, 1, 2, Map.of("payments", "30", "jitWarmup", "50")));
        assertNotNull(report.extras().get("latencyMs"), report.extras().toString());
        assertNotNull(report.extras().get("contextSwitches"), report.extras().toString());
        assertEquals(30, report.extras().get("payments"));
    }
}
