package dev.loomshowcase.scenes.million;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wake-up's sentence names the cause its largest figure shows; flip the figures, get the other cause. */
class WakeUpSplitTest {

    private static WakeUpSplit split(double carrierCpu, double queued, double idle) {
        return new WakeUpSplit(5000, 2, carrierCpu, 150, 900, 600, 40, 20, 80, idle, queued, carrierCpu * 1000 / 1_000_000);
    }

    @Test
    void busyCarriersSetThePace() {
        WakeUpSplit split = split(7000, 2000, 1000);
        assertEquals(WakeUpSplit.Pace.CARRIER_WORK, split.pace());
        String text = split.describe();
        assertTrue(text.contains("ran 7000 ms of CPU (7.0 µs per thread, 70% of 2 x the phase)"), text);
        assertTrue(text.contains("own work (7.0 µs per thread) set the pace") && text.contains("not the timers (150 ms)"), text);
    }

    @Test
    void carriersWaitingForACoreBlameTheCores() {
        String text = split(3000, 6000, 1000).describe();
        assertTrue(text.contains("waited 6000 ms for a core (60%)") && text.contains("mostly waited for a core"), text);
    }

    @Test
    void idleCarriersBlameTheTimers() {
        assertEquals(WakeUpSplit.Pace.WAITING_FOR_TIMERS, split(1000, 500, 8500).pace());
        assertTrue(split(1000, 500, 8500).describe().contains("waiting for their timers"));
    }

    @Test
    void threadsAreSortedByRole() {
        assertEquals(WakeUpProbe.Role.CARRIERS, WakeUpProbe.javaRole("ForkJoinPool-1-worker-2"));
        assertEquals(WakeUpProbe.Role.TIMERS, WakeUpProbe.javaRole("ForkJoinPool-1-delayScheduler"));
        assertEquals(WakeUpProbe.Role.TIMERS, WakeUpProbe.javaRole("VirtualThread-unparker"));
        assertNull(WakeUpProbe.javaRole("main"));
        assertEquals(WakeUpProbe.Role.GC, WakeUpProbe.nativeRole("G1 Conc#0"));
        assertEquals(WakeUpProbe.Role.GC, WakeUpProbe.nativeRole("GC Thread#1"));
        assertEquals(WakeUpProbe.Role.JIT, WakeUpProbe.nativeRole("C2 CompilerThre"));
        assertNull(WakeUpProbe.nativeRole("ForkJoinPool-1-"));
    }

    @Test
    void aProbeAroundRealSleepersCountsTheCarriers() throws InterruptedException {
        WakeUpProbe start = WakeUpProbe.now(Thread.currentThread());
        Thread[] threads = new Thread[2000];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        for (Thread t : threads) {
            t.join();
        }
        WakeUpSplit split = WakeUpProbe.now(Thread.currentThread()).since(start, 2, threads.length);
        assertTrue(split.wakeWallMs() >= 50, "the phase lasted at least one sleep: " + split);
        assertTrue(split.wakeCarrierCpuMs() > 0, "carriers ran the threads: " + split);
    }
}
