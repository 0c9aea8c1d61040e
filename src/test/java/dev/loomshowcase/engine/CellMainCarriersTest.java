package dev.loomshowcase.engine;

import dev.loomshowcase.observe.CarriersSeen;
import jdk.management.VirtualThreadSchedulerMXBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellMainCarriersTest {

    private static int parallelism() {
        return ManagementFactory.getPlatformMXBean(VirtualThreadSchedulerMXBean.class).getParallelism();
    }

    private static CellSpec spec(int carriers) {
        return new CellSpec("w", ThreadModel.VIRTUAL, carriers, 0, 1, Map.of());
    }

    @Test
    void aCellAtTheSchedulersParallelismPasses() {
        assertEquals(parallelism(), CellMain.verifiedParallelism(spec(parallelism())));
    }

    @Test
    void aCellAskingForOtherCarriersThanTheSchedulerHasFailsLoudly() {
        var e = assertThrows(IllegalStateException.class, () -> CellMain.verifiedParallelism(spec(parallelism() + 1)));
        assertTrue(e.getMessage().contains("parallelism " + parallelism()), e.getMessage());
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void carriersSeenCountsTheCarriersThatRanVirtualThreads() throws Exception {
        CarriersSeen idle = CarriersSeen.start();
        CarriersSeen busy = CarriersSeen.start();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4 * parallelism(); i++) {
            threads.add(Thread.ofVirtual().start(() -> spin(20)));
        }
        for (Thread t : threads) {
            t.join();
        }
        int seen = busy.count();
        assertTrue(seen >= 1 && seen <= parallelism(), "carriers seen " + seen + " of parallelism " + parallelism());
        // Carriers spin a little before they park, and other tests in this JVM may leave virtual threads
        // behind, so "none ran since" is asked of a later quiet interval, not of the first instant.
        org.awaitility.Awaitility.await("an interval in which no carrier ran")
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> {
                    CarriersSeen after = CarriersSeen.start();
                    java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                    return after.count() == 0;
                });
        assertTrue(idle.count() >= 1, "the earlier start saw the same carriers run");
    }

    private static void spin(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long x = 0;
        while (System.nanoTime() < end) {
            x += System.nanoTime() % 7;
        }
        if (x == 42) {
            System.out.print("");
        }
    }
}
