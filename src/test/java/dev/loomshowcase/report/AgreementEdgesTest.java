package dev.loomshowcase.report;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.scenario.MatrixRow;
import dev.loomshowcase.scenes.SceneRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Agreement with the seed at each band's edge: the whole range the repetitions allow decides, not the median. */
class AgreementEdgesTest {

    private static final List<MatrixRow> ROWS = SceneRegistry.matrix();

    /** mixed@2, seed "Much faster" (2.00x): baseline 2000 ms (1990..2010), the cell's median and spread vary. */
    @ParameterizedTest(name = "virtual@2 {0} ms ({1}..{2}): {3}")
    @CsvSource({
            "900, 890, 910, agrees",         // 2.22x, range 2.19..2.26x: all above 2.00x
            "1005, 990, 1020, at-the-edge",  // 1.99x, range 1.95..2.03x straddles 2.00x
            "1010, 1000, 1030, at-the-edge", // 1.98x, range 1.93..2.01x
            "1050, 1040, 1060, disagrees",   // 1.90x, range 1.88..1.93x: all below
    })
    void muchFasterIsJudgedOnTheRangeAndSaysTheCutOffIsTheShowcases(double median, double min, double max, String expected) {
        var mixed = Cells.of("mixed")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.5, 1990, 2000, 2010)
                .cell(ThreadModel.VIRTUAL, 1, 0.5, 1200, 1210, 1220)
                .cell(ThreadModel.VIRTUAL, 2, 0.5, min, median, max)
                .result();
        MatrixCell cell = Matrix.derive(ROWS, Map.of("mixed", mixed), Map.of()).get("mixed").multi();
        assertEquals(expected, cell.agreement(), cell.comment());
        assertTrue(cell.comment().contains("this showcase's own cut-off"), cell.comment());
        assertTrue(cell.claims().stream().allMatch(dev.loomshowcase.engine.Claim::holds), cell.claims().toString());
    }

    @Test
    void aNoEffectCellDoesNotAgreeWithTheSeedsSlower() {
        var coordination = Cells.of("coordination")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.95, 100, 101, 102)
                .cell(ThreadModel.VIRTUAL, 1, 0.95, 99, 100, 101)
                .cell(ThreadModel.VIRTUAL, 2, 0.6, 200, 210, 220)
                .result();
        var row = Matrix.derive(ROWS, Map.of("coordination", coordination), Map.of()).get("coordination");
        assertEquals("no-effect", row.single().verdict());
        assertEquals("disagrees", row.single().agreement(), row.single().comment());
        assertEquals("hurts", row.multi().verdict());
        assertEquals("agrees", row.multi().agreement(), row.multi().comment());
    }

    @Test
    void noMatrixRowSaysSwitchingWithoutContextSwitchesAndInconclusiveSaysWhy() {
        var coordination = Cells.of("coordination")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.95, 100, 101, 102)
                .cell(ThreadModel.VIRTUAL, 1, 1.0, 300, 310, 320)
                .cell(ThreadModel.VIRTUAL, 2, 0.9, 90, 300, 320)
                .result();
        var row = Matrix.derive(ROWS, Map.of("coordination", coordination), Map.of()).get("coordination");
        assertEquals("slower, carriers busy: CPU 100%", row.single().reason());
        assertEquals("inconclusive", row.multi().verdict());
        assertEquals("ranges overlap: rerun", row.multi().reason());
        var single = Cells.of("coordination")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.95, 100, 101, 102)
                .cell(ThreadModel.VIRTUAL, 1, 1.0, 300)
                .cell(ThreadModel.VIRTUAL, 2, 0.9, 300)
                .result();
        assertEquals("one repetition: no range",
                Matrix.derive(ROWS, Map.of("coordination", single), Map.of()).get("coordination").single().reason());
    }
}
