package dev.loomshowcase.scenes.payments;

import dev.loomshowcase.scenario.CpuContention;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.loomshowcase.scenario.CellFixtures.cell;
import static dev.loomshowcase.scenario.CellFixtures.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PaymentsScenarioTest {

    private static Map<String, Object> extras(long throughput, double p50, long involuntary) {
        return Map.of("payments", 1000, "throughput", throughput,
                "latencyMs", Map.of("p50", p50, "p99", 2 * p50),
                "contextSwitches", Map.of("voluntary", 10L, "involuntary", involuntary));
    }

    @Test
    void plansTheFourModelsOfTheSeedAtTheLargestCarrierCountBesideASequentialBaseline() {
        List<CellSpec> cells = new PaymentsScenario().plan(new RunOptions(RunMode.QUICK, List.of(1, 2), null, Map.of("payments", "1000")));
        assertEquals(List.of("sequential@1", "platform-per-task@2", "virtual@2", "platform-pool@2", "virtual-bounded@2", "async@2"),
                cells.stream().map(CellSpec::label).toList());
        assertTrue(cells.stream().allMatch(c -> c.param("payments").equals("1000")));
        assertTrue(cells.stream().allMatch(c -> c.jvmOptions().contains("--enable-native-access=ALL-UNNAMED")));
    }

    @Test
    void throughputIsPaymentsPerMedianBatchTime() {
        var cells = new PaymentsScenario().analyse(List.of(
                outcome("payments", ThreadModel.SEQUENTIAL, 1, Map.of("payments", "1000"), Map.of("payments", 1000), 1, 400, 410, 390),
                outcome("payments", ThreadModel.PLATFORM_POOL, 2, Map.of("payments", "1000"), Map.of("payments", 1000), 2, 200, 210, 190)));
        assertEquals(2500L, cells.get(0).extras().get("throughput"));
        assertEquals(5000L, cells.get(1).extras().get("throughput"));
        assertEquals(Verdict.HELPS, cells.get(1).verdict());
    }

    @Test
    void boundingIsCalledTheSeedsEffectOnlyWhenItAtLeastDoublesThroughput() {
        CellResult pool = cell("platform-pool", 2, 100, 2.0, Verdict.HELPS, extras(10_000, 50, 100));
        CellResult perTask = cell("platform-per-task", 2, 300, 0.7, Verdict.HURTS, extras(3_300, 250, 2000));
        CellResult close = cell("platform-per-task", 2, 105, 1.9, Verdict.HELPS, extras(9_500, 52, 300));
        assertTrue(PaymentsNotes.bounding("platform threads", pool, perTask).contains("reproduces here"));
        assertTrue(PaymentsNotes.bounding("platform threads", pool, close).contains("does NOT reproduce"));
    }

    @Test
    void notesGiveTheLatencyDefinitionAndCompareBothThreadKinds() {
        List<CellResult> cells = List.of(
                cell("sequential", 1, 400, 1.0, Verdict.BASELINE, extras(2500, 200, 50)),
                cell("platform-per-task", 2, 250, 1.6, Verdict.HELPS, extras(4000, 240, 2000)),
                cell("virtual", 2, 210, 1.9, Verdict.HELPS, extras(4760, 100, 60)),
                cell("platform-pool", 2, 200, 2.0, Verdict.HELPS, extras(5000, 100, 50)),
                cell("virtual-bounded", 2, 205, 1.95, Verdict.HELPS, extras(4880, 100, 55)));
        List<String> notes = PaymentsNotes.of(cells);
        assertTrue(notes.get(0).startsWith("Latency = from the batch's arrival"), notes.get(0));
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("Bounding platform threads") && n.contains("1.25x")
                && n.contains("involuntary switches per batch 2000 vs 50")), String.join("\n", notes));
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("Bounding virtual threads") && n.contains("1.03x")
                && n.contains("not time-sliced") && !n.contains("Caution")), String.join("\n", notes));
        assertTrue(notes.stream().anyMatch(n -> n.contains("240.0 ms with one OS thread each") && n.contains("batch's end")),
                String.join("\n", notes));
    }

    @Test
    void paymentsFinishNearTheBatchsEndOnlyWhenTheirMedianSaysSo() {
        CellResult pool = cell("platform-pool", 2, 76, 1.7, Verdict.HELPS, extras(13_100, 39, 22));
        CellResult nearEnd = cell("platform-per-task", 2, 280, 0.46, Verdict.HURTS, extras(3_568, 250, 1899));
        CellResult inOrder = cell("platform-per-task", 2, 280, 0.46, Verdict.HURTS, extras(3_568, 157.7, 1899));
        String end = PaymentsNotes.latency(pool, nearEnd);
        String order = PaymentsNotes.latency(pool, inOrder);
        assertTrue(end.contains("89% of its batch with OS threads, at 51% in the pool") && end.contains("near the batch's end"), end);
        assertTrue(order.contains("56% of its batch with OS threads") && order.contains("batch took 3.7x as long")
                && !order.contains("batch's end"), order);
    }

    @Test
    void aGapBetweenCellsThatGotUnequalCpuCarriesACaution() {
        var starved = new CellResult(ThreadModel.VIRTUAL_BOUNDED, 2, dev.loomshowcase.engine.Stats.of(600, 600, 600), null, 0.24, 0.8,
                Verdict.INCONCLUSIVE, "test", null, extras(1700, 280, 100));
        var fed = new CellResult(ThreadModel.VIRTUAL, 2, dev.loomshowcase.engine.Stats.of(140, 140, 140), null, 1.0, 3.5,
                Verdict.HELPS, "test", null, extras(7000, 80, 200));
        assertTrue(PaymentsNotes.bounding("virtual threads", starved, fed).contains("Caution"));
        assertTrue(CpuContention.unequalCpu(fed, fed).isEmpty());
    }
}
