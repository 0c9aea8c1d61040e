package dev.loomshowcase.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The process CPU clock reads short work finely, where the MXBean's 10 ms ticks read 0 or 10 ms. */
class ProcessCpuClockTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void twoMillisecondsOfWorkReadAsAboutTwoMilliseconds() {
        assertTrue(ProcessCpuClock.fine(), "clock_gettime should link on Linux");
        long best = 0; // the run least preempted: a busy machine may take the core away during any one spin
        for (int i = 0; i < 5; i++) {
            long cpu0 = ProcessCpuClock.nanos();
            spin(2_000_000);
            long cpu = ProcessCpuClock.nanos() - cpu0;
            best = Math.max(best, cpu);
        }
        // 2 ms of spinning: at least 1 ms of CPU, and well under one 10 ms tick (2 cores give at most 4 ms in 2 ms)
        assertTrue(best >= 1_000_000 && best < 8_000_000, "2 ms of work read as " + best / 1e6 + " ms of CPU");
    }

    @Test
    void readingsNeverGoBack() {
        long first = ProcessCpuClock.nanos();
        spin(1_000_000);
        assertTrue(ProcessCpuClock.nanos() >= first);
    }

    private static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
