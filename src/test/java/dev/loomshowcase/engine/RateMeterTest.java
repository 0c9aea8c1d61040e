package dev.loomshowcase.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The live "per second" is taken over the trailing second, not the last 200 ms. */
@org.junit.jupiter.api.Timeout(30)
class RateMeterTest {

    private static final long MS = 1_000_000L;

    @Test
    void burstsAreSpreadOverTheTrailingSecond() {
        RateMeter meter = new RateMeter();
        assertEquals(0.0, meter.perSecond(0, 0), "one reading: no rate yet");
        assertEquals(0.0, meter.perSecond(0, 200 * MS));
        assertEquals(25.0, meter.perSecond(10, 400 * MS), "10 answers in 0.4 s");
        assertEquals(10.0, meter.perSecond(10, 1000 * MS), "still 10 in the last second");
        assertEquals(0.0, meter.perSecond(10, 2200 * MS), "nothing new in the last second");
    }

    @Test
    void aSteadyRateReadsSteadily() {
        RateMeter meter = new RateMeter();
        for (int i = 0; i <= 20; i++) {
            double rate = meter.perSecond(i * 20L, i * 200 * MS);
            if (i >= 5) {
                assertEquals(100.0, rate, 0.01, "reading " + i);
            }
        }
    }
}
