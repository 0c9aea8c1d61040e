package dev.loomshowcase.server;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an open-model result says about its own generator: the rate it reached, and whether it fell behind. */
class RateResultTest {

    private static RateResult started(double offered, double started, double lagP99) {
        return new RateResult("http://127.0.0.1:1/", offered, started, started, 1000, (long) offered, (long) started,
                Map.of(), Map.of("p50", 1.0, "p99", 2.0, "p999", 3.0, "max", 4.0), 3, 0,
                Map.of("p50", 0.1, "p99", lagP99, "max", lagP99));
    }

    @Test
    void aGeneratorThatStartedTooFewRequestsDidNotReachItsRate() {
        assertFalse(started(50_000, 21_000, 0.5).rateReached());
        assertTrue(started(100, 97, 0.5).rateReached());
    }

    @Test
    void aLateScheduleGetsAWarningAndAPunctualOneDoesNot() {
        assertTrue(started(100, 100, 40).summary().contains("WARNING: the generator fell behind its schedule (p99 40.0 ms late"));
        assertFalse(started(100, 100, 1).summary().contains("WARNING"));
    }

    @Test
    void theRateProcessCommandCarriesTheSpecAndEveryRate() {
        RateSpec base = new RateSpec(java.net.URI.create("http://127.0.0.1:8/a"), 10, java.time.Duration.ofMillis(500),
                java.time.Duration.ofSeconds(2), 4000, java.time.Duration.ofSeconds(3), false);
        java.util.List<String> command = RateProcess.command(base, java.util.List.of(62.5, 125.0), "/jdk/bin/java", "cp");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("/jdk/bin/java", "--enable-preview", "-XX:+UseSerialGC",
                "-cp", "cp", RateProcessMain.class.getName(), "http://127.0.0.1:8/a", "500", "2000", "3000", "4000",
                "62.500", "125.000"), command);
    }
}
