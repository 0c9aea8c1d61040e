package dev.loomshowcase.report;

import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.scenario.MatrixRow;
import dev.loomshowcase.scenes.SceneRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixTest {

    private static final List<MatrixRow> ROWS = SceneRegistry.matrix();

    @Test
    void markFollowsTheMeasuredCell() {
        var matrix = Matrix.derive(ROWS, Map.of("fetch-all", Cells.ioBound("fetch-all")), Map.of());
        MatrixCell single = matrix.get("io-bound").single();
        assertTrue(single.helps());
        assertEquals("✔", single.mark());
        assertEquals("virtual@1", single.cell());
        assertEquals(3.0, single.speedup(), 0.05);
        assertEquals("agrees", single.agreement());
        assertEquals("platform-pool@1", single.rival());
        assertEquals(3.0, single.vsRival(), 0.05, "virtual over a pool of one thread");
        assertEquals("virtual@2", matrix.get("io-bound").multi().cell());
    }

    @Test
    void changingTheCellFlipsTheMarkAndSaysItDisagrees() {
        ScenarioResult slowVirtual = Cells.of("fetch-all")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.02, 3000, 3010, 3020)
                .cell(ThreadModel.VIRTUAL, 1, 0.05, 2990, 3000, 3030)
                .cell(ThreadModel.VIRTUAL, 2, 0.03, 1000, 1005, 1010)
                .result();
        var matrix = Matrix.derive(ROWS, Map.of("fetch-all", slowVirtual), Map.of());
        MatrixCell single = matrix.get("io-bound").single();
        assertFalse(single.helps());
        assertEquals("✘", single.mark());
        assertEquals("no-effect", single.verdict());
        assertEquals("disagrees", single.agreement());
        assertTrue(single.comment().startsWith("DISAGREES with the seed"), single.comment());
        assertTrue(matrix.get("io-bound").multi().helps(), "the other column still follows its own cell");
    }

    @Test
    void slowerCellAgreesWithASeedThatPredictsSlower() {
        ScenarioResult coordination = Cells.of("coordination")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.95, 100, 101, 102)
                .cell(ThreadModel.VIRTUAL, 1, 0.95, 300, 310, 320)
                .cell(ThreadModel.VIRTUAL, 2, 0.6, 200, 210, 220)
                .result();
        var row = Matrix.derive(ROWS, Map.of("coordination", coordination), Map.of()).get("coordination");
        assertEquals("hurts", row.single().verdict());
        assertEquals("✘", row.multi().mark());
        assertEquals("agrees", row.multi().agreement());
    }

    @Test
    void failedCellIsShownAsFailedNotDropped() {
        ScenarioResult broken = Cells.of("mixed")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.5, 1000, 1000, 1000)
                .failedCell(ThreadModel.VIRTUAL, 1, "child JVM exited with 1")
                .cell(ThreadModel.VIRTUAL, 2, 0.5, 400, 400, 400)
                .result();
        var row = Matrix.derive(ROWS, Map.of("mixed", broken), Map.of()).get("mixed");
        assertEquals("failed", row.single().verdict());
        assertEquals("FAILED", row.single().mark());
        assertFalse(row.single().helps());
        assertNull(row.single().speedup());
        assertTrue(row.single().detail().contains("child JVM exited with 1"), row.single().detail());
        assertEquals("cell failed", row.single().reason());
    }

    @Test
    void unavailableScenarioFailsBothColumnsOfItsRow() {
        var matrix = Matrix.derive(ROWS, Map.of(), Map.of("calculate-all", "scenario 'calculate-all' is not in this build"));
        assertEquals(ROWS.size(), matrix.size(), "every row of the seed is present");
        MatrixRowResult cpu = matrix.get("cpu-bound");
        assertEquals("failed", cpu.single().verdict());
        assertEquals("failed", cpu.multi().verdict());
        assertTrue(cpu.multi().reason().contains("not in this build"));
        assertEquals("not-measured", matrix.get("mixed").single().verdict(), "a row not selected is not a failure");
    }

    @Test
    void noMultiCarrierCellOnOneCoreIsNotMeasured() {
        ScenarioResult oneCarrier = Cells.of("fetch-all")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.02, 3000, 3010, 3020)
                .cell(ThreadModel.VIRTUAL, 1, 0.05, 1000, 1010, 1020)
                .result();
        MatrixCell multi = Matrix.derive(ROWS, Map.of("fetch-all", oneCarrier), Map.of()).get("io-bound").multi();
        assertEquals("not-measured", multi.verdict());
        assertFalse(multi.helps());
    }

    @Test
    void aHelpingCellAgreesWithMuchFasterOnlyFromTwoTimesOn() {
        ScenarioResult small = Cells.of("fetch-all")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.02, 1110, 1115, 1120)
                .cell(ThreadModel.VIRTUAL, 1, 0.02, 995, 1000, 1005)
                .result();
        ScenarioResult large = Cells.of("fetch-all")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.02, 2490, 2500, 2510)
                .cell(ThreadModel.VIRTUAL, 1, 0.02, 995, 1000, 1005)
                .result();
        MatrixCell smallCell = Matrix.derive(ROWS, Map.of("fetch-all", small), Map.of()).get("io-bound").single();
        MatrixCell largeCell = Matrix.derive(ROWS, Map.of("fetch-all", large), Map.of()).get("io-bound").single();
        assertEquals("helps", smallCell.verdict());
        assertEquals("disagrees", smallCell.agreement(), smallCell.comment());
        assertTrue(smallCell.comment().contains("at least 2.00x") && smallCell.comment().contains("1.12x"), smallCell.comment());
        assertEquals("agrees", largeCell.agreement(), largeCell.comment());
    }

    @Test
    void sameOrSlowerAgreesBelowTheFasterBandEdge() {
        ScenarioResult below = Cells.of("calculate-all")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.97, 1075, 1080, 1085)
                .cell(ThreadModel.VIRTUAL, 1, 0.97, 995, 1000, 1005)
                .result();
        ScenarioResult above = Cells.of("calculate-all")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.97, 1115, 1120, 1125)
                .cell(ThreadModel.VIRTUAL, 1, 0.97, 995, 1000, 1005)
                .result();
        assertEquals("agrees", Matrix.derive(ROWS, Map.of("calculate-all", below), Map.of()).get("cpu-bound").single().agreement());
        assertEquals("disagrees", Matrix.derive(ROWS, Map.of("calculate-all", above), Map.of()).get("cpu-bound").single().agreement());
    }

    @Test
    void theMultiCarrierColumnIsTheCoreCountUnlessCarriersLeftItOut() {
        ScenarioResult both = Cells.of("fetch-all")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.02, 3000, 3010, 3020)
                .cell(ThreadModel.VIRTUAL, 2, 0.03, 1000, 1005, 1010)
                .cell(ThreadModel.VIRTUAL, 4, 0.03, 1000, 1005, 1010)
                .result();
        MatrixCell onTwoCores = Matrix.derive(ROWS, Map.of("fetch-all", onCores(both, 2)), Map.of()).get("io-bound").multi();
        MatrixCell onEightCores = Matrix.derive(ROWS, Map.of("fetch-all", onCores(both, 8)), Map.of()).get("io-bound").multi();
        assertEquals("virtual@2", onTwoCores.cell());
        assertTrue(onTwoCores.measuredOn().contains("(the core count)"), onTwoCores.measuredOn());
        assertEquals("virtual@4", onEightCores.cell());
        assertTrue(onEightCores.measuredOn().contains("--carriers; the machine has 8 cores"), onEightCores.measuredOn());
    }

    /** calculate-all measured with --cores 1,2 on a 2-core machine; {@code oneCoreFirst} flips the order the cells came in. */
    private static ScenarioResult twoCoreCounts(boolean oneCoreFirst) {
        Cells cells = Cells.of("calculate-all");
        for (int cores : oneCoreFirst ? new int[] {1, 2} : new int[] {2, 1}) {
            cells.cellOnCores(ThreadModel.SEQUENTIAL, 1, cores, 0.97, 2990, 3000, 3010)
                    .cellOnCores(ThreadModel.VIRTUAL, 1, cores, 0.97, 2990, 3000, 3010)
                    .cellOnCores(ThreadModel.VIRTUAL, 2, cores, 0.97, cores == 1 ? 3000 : 1990, cores == 1 ? 3010 : 2000,
                            cores == 1 ? 3020 : 2010);
        }
        return onCores(cells.resultOnCores(), 2);
    }

    @Test
    void withTwoCoreCountsTheSingleCoreColumnReadsOneCoreAndTheMultiCoreColumnAllCores() {
        for (boolean oneCoreFirst : new boolean[] {true, false}) {
            MatrixRowResult row = Matrix.derive(ROWS, Map.of("calculate-all", twoCoreCounts(oneCoreFirst)), Map.of()).get("cpu-bound");
            assertEquals("virtual@1 on 1 core", row.single().cell());
            assertEquals("1 carrier on 1 core", row.single().measuredOn());
            assertEquals("virtual@2 on 2 cores", row.multi().cell());
            assertEquals("2 carriers on 2 cores (the core count)", row.multi().measuredOn());
            assertEquals(1.5, row.multi().speedup(), 0.01, "the 2-core cell against the 2-core sequential");
        }
    }

    @Test
    void twoCarriersConfinedToOneCoreDoNotClaimTheCoreCount() {
        ScenarioResult oneCore = onCores(Cells.of("calculate-all")
                .cellOnCores(ThreadModel.SEQUENTIAL, 1, 1, 0.97, 2990, 3000, 3010)
                .cellOnCores(ThreadModel.VIRTUAL, 2, 1, 0.97, 2990, 3000, 3010)
                .result(), 2);
        MatrixCell multi = Matrix.derive(ROWS, Map.of("calculate-all", oneCore), Map.of()).get("cpu-bound").multi();
        assertEquals("2 carriers on 1 core (--cores; the machine has 2 cores)", multi.measuredOn());
    }

    @Test
    void theHeadingNamesTheSeedsCoreColumnsOnlyWhenBothCoreCountsWereMeasured() {
        String byCores = MatrixRenderer.render(ReportAssembly.assemble("QUICK", ROWS,
                Map.of("calculate-all", twoCoreCounts(true)), Map.of(), 1), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(byCores.contains("single core = 1 carrier on 1 core") && byCores.contains("multi-core = 2 carriers on 2 cores"), byCores);
        assertTrue(byCores.contains("single core (virtual@1)") && byCores.contains("confined to the fewest cores"), byCores);
        String byCarriers = MatrixRenderer.render(ReportAssembly.assemble("QUICK", ROWS,
                Map.of("fetch-all", Cells.ioBound("fetch-all")), Map.of(), 1), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(byCarriers.contains("single carrier = ") && !byCarriers.contains("single core"), byCarriers);
    }

    private static ScenarioResult onCores(ScenarioResult result, int cores) {
        var env = result.environment();
        return new ScenarioResult(result.scenario(), result.title(), result.hypothesis(), result.mode(),
                new dev.loomshowcase.engine.Environment(env.jdk(), env.vendor(), cores, env.os(), env.arch(), env.preview(),
                        env.measuredAt()), result.cells(), result.notes());
    }
}
