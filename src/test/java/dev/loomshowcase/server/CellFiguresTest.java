package dev.loomshowcase.server;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellFiguresTest {

    private static LoadResult window(long answers, double ms) {
        return new LoadResult("http://127.0.0.1/aggregate/1", 1000, ms, answers, Map.of(), answers / (ms / 1000), Map.of());
    }

    @Test
    void throughputIsCountedOverTheWholeSpanSoThatAWaveOfAnswersAveragesOut() {
        // Three 4.5 s windows of a closed loop at 1000 clients and W = 3 s (bound 333 req/s), as measured: 359, 308, 358 req/s.
        List<LoadResult> windows = List.of(window(1614, 4500), window(1386, 4500), window(1611, 4500));
        double span = CellFigures.overTheSpan(windows);
        assertEquals(4611 / 13.5, span, 1e-9);
        assertTrue(span < 358, "below the median window's " + span);
    }

    @Test
    void noWindowMeansNoRate() {
        assertEquals(0, CellFigures.overTheSpan(List.of()));
    }
}
