package dev.loomshowcase.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoundsTest {

    private static final List<Integer> CELLS = IntStream.range(0, 8).boxed().toList();

    @Test
    void theSameSeedGivesTheSameOrderAndTheSeedIsPrinted() {
        assertEquals(new Rounds(42).order(CELLS, 0), new Rounds(42).order(CELLS, 0));
        assertNotEquals(new Rounds(42).order(CELLS, 0), new Rounds(42).order(CELLS, 1), "each round draws its own order");
        assertTrue(new Rounds(42).describe(3).contains("--order-seed 42"));
        assertEquals(CELLS.stream().sorted().toList(), new Rounds(7).order(CELLS, 2).stream().sorted().toList());
    }

    @Test
    void aSpeedupHoldsWhenItsRoundsStayWithinTenPercent() {
        CellSpec base = new CellSpec("w", ThreadModel.SEQUENTIAL, 1, 0, 1, Map.of());
        CellSpec cell = new CellSpec("w", ThreadModel.VIRTUAL, 2, 0, 1, Map.of());
        assertTrue(tally(base, cell, new double[]{100, 100, 100}, new double[]{50, 52, 51}).holds());
        assertFalse(tally(base, cell, new double[]{100, 100, 100}, new double[]{50, 70, 51}).holds());
    }

    private static RoundTally tally(CellSpec base, CellSpec cell, double[] baseMs, double[] cellMs) {
        RoundTally tally = new RoundTally(List.of(base, cell));
        for (int r = 0; r < baseMs.length; r++) {
            tally.add(0, report(baseMs[r]));
            tally.add(1, report(cellMs[r]));
        }
        return tally;
    }

    private static ChildReport report(double ms) {
        return new ChildReport(List.of(new Sample((long) (ms * 1e6), (long) (ms * 1e5))), 1, Map.of());
    }
}
