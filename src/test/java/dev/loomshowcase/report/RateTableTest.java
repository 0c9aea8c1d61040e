package dev.loomshowcase.report;

import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A table whose verdicts divide requests per second (or time per operation) shows that, not wall time. */
class RateTableTest {

    private static CellResult cell(Map<String, Object> extras) {
        Stats wall = Stats.of(29_000, 29_500, 30_000);
        return new CellResult(ThreadModel.VIRTUAL, 2, wall, wall, 0.4, 1.0, Verdict.BASELINE, "test", null, extras);
    }

    @Test
    void serverCellsAreShownByTheirRequestsPerSecond() {
        CellResult server = cell(Map.of("throughput", 300.2, "throughputRange", Map.of("min", 290.0, "max", 310.5)));
        assertTrue(TableRenderer.byRate(List.of(server)));
        String row = TableRenderer.rateRow(server, TableRenderer.LABEL_WIDTH);
        assertTrue(row.contains("300.2") && row.contains("290.0..310.5"), row);
        assertFalse(row.contains("29.5 s"), row);
    }

    @Test
    void cellsWithoutARateKeepTheirWallTime() {
        assertFalse(TableRenderer.byRate(List.of(cell(Map.of()))));
        assertFalse(TableRenderer.byOperation(List.of(cell(Map.of()))));
    }

    @Test
    void cellsJudgedByTheirOwnFigureShowItAndWhatItIs() {
        CellResult started = cell(Map.of(CellResult.FIGURE, "812,345", CellResult.FIGURE_OF, "started/s"));
        CellResult heap = cell(Map.of(CellResult.FIGURE, "1617 B", CellResult.FIGURE_OF, "heap/thread"));
        assertTrue(TableRenderer.byFigure(List.of(started, heap)));
        assertFalse(TableRenderer.byFigure(List.of(started, cell(Map.of()))));
        String row = TableRenderer.figureRow(heap, TableRenderer.LABEL_WIDTH);
        assertTrue(row.contains("1617 B") && row.contains("heap/thread") && !row.contains("29.5 s"), row);
    }

    @Test
    void cellsRepeatingAnOperationAreShownByTheTimeOfOne() {
        CellResult sum = cell(Map.of(dev.loomshowcase.engine.Metric.OPERATIONS, 1000));
        assertTrue(TableRenderer.byOperation(List.of(sum)));
        String row = TableRenderer.operationRow(sum, TableRenderer.LABEL_WIDTH);
        assertTrue(row.contains("29..30 ms") && !row.contains(" s "), row);
    }

    @Test
    void aLabelLongerThanTheColumnWidensItForEveryRowSoTheFiguresStayAligned() {
        CellResult shortLabel = server(ThreadModel.VIRTUAL, 10);
        CellResult longLabel = server(ThreadModel.PLATFORM_PER_REQUEST, 1000);
        int width = TableRenderer.labelWidth(List.of(shortLabel, longLabel));
        assertTrue(width > TableRenderer.LABEL_WIDTH, longLabel.label());
        String one = TableRenderer.rateRow(shortLabel, width);
        String other = TableRenderer.rateRow(longLabel, width);
        assertTrue(one.indexOf("300.2") == other.indexOf("300.2"), one + "\n" + other);
    }

    @Test
    void aRateOfSomethingElseThanRequestsIsHeadedWithItsUnit() {
        Map<String, Object> pool = Map.of("throughput", 190.5, "throughputRange", Map.of("min", 190.2, "max", 190.9),
                dev.loomshowcase.engine.CellResult.RATE_UNIT, "queries/s");
        assertTrue(TableRenderer.rateUnit(List.of(cell(pool))).equals("queries/s"));
        assertTrue(TableRenderer.rateUnit(List.of(server(ThreadModel.VIRTUAL, 10))).equals("req/s"), "requests unless told");
    }

    private static CellResult server(ThreadModel model, int clients) {
        Map<String, Object> extras = Map.of("concurrency", clients, "throughput", 300.2,
                "throughputRange", Map.of("min", 290.0, "max", 310.5));
        return new CellResult(model, 2, Stats.of(1, 2, 3), Stats.of(1, 2, 3), 0.4, 1.0, Verdict.BASELINE, "test", null, extras);
    }
}
