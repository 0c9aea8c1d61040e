package dev.loomshowcase.scenes.sum;

import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.loomshowcase.scenario.CellFixtures.cell;
import static dev.loomshowcase.scenario.CellFixtures.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SumScenarioTest {

    @Test
    void sweepsSizesWithASequentialBaselineAndSplitsAtEveryCarrierCount() {
        List<CellSpec> cells = new SumScenario().plan(new RunOptions(RunMode.QUICK, List.of(1, 2), null, Map.of("parts", "2,4")));
        assertEquals(List.of(1000, 10_000, 100_000, 1_000_000, 10_000_000), SumScenario.sizes(RunMode.QUICK));
        assertEquals(100_000_000, SumScenario.sizes(RunMode.STANDARD).getLast());
        assertEquals(5 * (1 + 2 * 2), cells.size());
        assertEquals(List.of("sequential@1", "virtual@1", "virtual@2", "virtual@1", "virtual@2"),
                cells.subList(0, 5).stream().map(CellSpec::label).toList());
        assertEquals("4", cells.get(4).param("parts"));
    }

    @Test
    void sliceCountsBelowTwoAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SumScenario.parts("1"));
        assertThrows(IllegalArgumentException.class, () -> SumScenario.parts("2,0"));
        assertEquals(List.of(2, 4), SumScenario.parts("2, 4,2"));
    }

    @Test
    void splitCellsAreJudgedPerSumNotPerRepetition() {
        Map<String, String> params = Map.of("size", "1000", "parts", "2", "targetMs", "50");
        var cells = new SumScenario().analyse(List.of(
                outcome("sum", ThreadModel.SEQUENTIAL, 1, params, Map.of("size", 1000, "parts", 1, "operationsPerRepetition", 100_000), 1, 50, 51, 49),
                outcome("sum", ThreadModel.VIRTUAL, 2, params, Map.of("size", 1000, "parts", 2, "operationsPerRepetition", 2_000), 1, 50, 52, 48)));
        // 0.5 us per sum sequential vs 25 us split: 0.02x, although both repetitions took 50 ms.
        CellResult split = cells.get(1);
        assertEquals(0.02, split.speedup(), 0.001);
        assertEquals(Verdict.HURTS, split.verdict(), split.reason());
        assertEquals(25.0, ((Stats) split.extras().get("perSumUs")).median(), 1e-9);
        assertEquals("1e3 split2@2", split.label());
        assertEquals(dev.loomshowcase.engine.Metric.PER_OPERATION, new SumScenario().comparison().metric(), "declared, the engine judges");
        assertTrue(split.reason().contains("time per operation (µs): 25.00") && split.reason().contains("vs 0.50"), split.reason());
        assertEquals("1e3 whole@1", cells.get(0).label());
    }

    @Test
    void eachSizeHasItsOwnBaseline() {
        Map<String, String> small = Map.of("size", "1000", "parts", "2", "targetMs", "50");
        Map<String, String> large = Map.of("size", "1000000", "parts", "2", "targetMs", "50");
        var cells = new SumScenario().analyse(List.of(
                outcome("sum", ThreadModel.SEQUENTIAL, 1, small, Map.of("size", 1000, "parts", 1, "operationsPerRepetition", 1000), 1, 1, 1, 1),
                outcome("sum", ThreadModel.VIRTUAL, 2, small, Map.of("size", 1000, "parts", 2, "operationsPerRepetition", 1000), 1, 10, 10, 10),
                outcome("sum", ThreadModel.SEQUENTIAL, 1, large, Map.of("size", 1000000, "parts", 1, "operationsPerRepetition", 10), 1, 100, 100, 100),
                outcome("sum", ThreadModel.VIRTUAL, 2, large, Map.of("size", 1000000, "parts", 2, "operationsPerRepetition", 10), 2, 55, 55, 55)));
        assertEquals(0.1, cells.get(1).speedup(), 1e-9);
        assertEquals(100 / 55.0, cells.get(3).speedup(), 1e-9);
        assertEquals(Verdict.HELPS, cells.get(3).verdict());
    }

    private static CellResult split(int size, Verdict verdict, double speedup) {
        return cell("virtual", 2, 50, speedup, verdict, Map.of("size", size, "parts", 2, "perSumUs", Stats.of(1, 1, 1)));
    }

    @Test
    void theCrossoverIsTheSmallestSizeFromWhichEveryLargerOneHelps() {
        var bySize = List.of(split(1000, Verdict.HURTS, 0.1), split(10_000, Verdict.HELPS, 1.2),
                split(100_000, Verdict.INCONCLUSIVE, 1.3), split(1_000_000, Verdict.HELPS, 1.8), split(10_000_000, Verdict.HELPS, 1.9));
        assertEquals(1_000_000, SumNotes.intExtra(SumNotes.crossoverCell(bySize).orElseThrow(), "size"));
        assertTrue(SumNotes.crossoverCell(List.of(split(1000, Verdict.HURTS, 0.1), split(10_000, Verdict.NO_EFFECT, 1))).isEmpty());
    }

    @Test
    void theCrossoverNoteNamesTheSizeAndTheCostBelowIt() {
        List<CellResult> cells = List.of(
                cell("sequential", 1, 50, 1.0, Verdict.BASELINE, Map.of("size", 1000, "parts", 1, "perSumUs", Stats.of(0.5, 0.5, 0.5))),
                cell("virtual", 2, 50, 0.02, Verdict.HURTS, Map.of("size", 1000, "parts", 2, "perSumUs", Stats.of(25, 25, 25))),
                cell("sequential", 1, 50, 1.0, Verdict.BASELINE, Map.of("size", 1000000, "parts", 1, "perSumUs", Stats.of(300, 300, 300))),
                cell("virtual", 2, 50, 1.8, Verdict.HELPS, Map.of("size", 1000000, "parts", 2, "perSumUs", Stats.of(166, 166, 166))));
        String note = SumNotes.crossover(cells, 2, 2);
        assertTrue(note.contains("pays from 1e6 elements") && note.contains("at 1e3, it costs +24.50 us per sum"), note);
    }

    @Test
    void sizesAreLabelledAsPowersOfTen() {
        assertEquals("1e3", SumNotes.sizeLabel(1000));
        assertEquals("1e8", SumNotes.sizeLabel(100_000_000));
        assertEquals("12345", SumNotes.sizeLabel(12345));
        assertEquals("20", SumNotes.sizeLabel(20));
    }
}
