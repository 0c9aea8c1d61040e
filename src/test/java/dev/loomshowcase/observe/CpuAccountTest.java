package dev.loomshowcase.observe;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CpuAccountTest {

    @Test
    void ourOwnLoadIsNoReasonToBlameOthers() {
        var quiet = new CpuAccount.Usage(1.9, 0.03, 2);
        assertTrue(quiet.warning().isEmpty(), quiet.warning().toString());
    }

    @Test
    void othersUsingTheCoresAreNamedWithTheFigure() {
        var busy = new CpuAccount.Usage(1.1, 0.85, 2);
        String warning = busy.warning().orElseThrow();
        assertTrue(warning.contains("other programs used 0.85 of the 2 cores"), warning);
        assertTrue(warning.contains("the showcase itself 1.10"), warning);
    }

    @Test
    void othersAreTheMachinesBusyTimeMinusOurs() {
        // 2 CPUs, 1000 ticks each between the readings: 1600 busy ticks, 1400 of them ours
        var start = new CpuAccount.Reading(10_000, 50_000, 3_000, 2);
        var end = new CpuAccount.Reading(11_600, 52_000, 4_400, 2);
        var usage = CpuAccount.between(start, end).orElseThrow();
        assertEquals(1.4, usage.ownCores(), 1e-9);
        assertEquals(0.2, usage.otherCores(), 1e-9);
    }

    @Test
    void thisProcessIsCountedAsOurs() {
        var reading = CpuAccount.read();
        reading.ifPresent(r -> assertTrue(r.own() > 0 && r.own() <= r.machineBusy() + r.cpus() * 100L,
                "own ticks " + r.own() + " of busy " + r.machineBusy()));
    }
}
