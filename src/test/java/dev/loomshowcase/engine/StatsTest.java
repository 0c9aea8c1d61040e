package dev.loomshowcase.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatsTest {

    @Test
    void medianOfOddCountIsTheMiddleValue() {
        Stats stats = Stats.of(5, 1, 3);
        assertEquals(3, stats.median());
        assertEquals(1, stats.min());
        assertEquals(5, stats.max());
    }

    @Test
    void medianOfEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, Stats.of(4, 1, 2, 3).median());
    }

    @Test
    void singleValueIsItsOwnSpread() {
        Stats stats = Stats.of(7);
        assertEquals(new Stats(7, 7, 7, 1), stats);
        assertTrue(stats.single());
        assertEquals(0, stats.relativeSpread());
    }

    @Test
    void noValuesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Stats.of(List.of()));
    }

    @Test
    void rangesThatTouchOverlap() {
        assertTrue(Stats.of(1, 2, 3).overlaps(Stats.of(3, 4, 5)));
        assertFalse(Stats.of(1, 2, 3).overlaps(Stats.of(3.1, 4, 5)));
    }

    @Test
    void relativeSpreadIsRangeOverMedian() {
        assertEquals(0.5, Stats.of(90, 100, 140).relativeSpread(), 1e-9);
    }

    @Test
    void inconsistentStatsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Stats(1, 2, 3));
    }
}
