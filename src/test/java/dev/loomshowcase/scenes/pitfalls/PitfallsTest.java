package dev.loomshowcase.scenes.pitfalls;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import dev.loomshowcase.observe.PinningMonitor;
import dev.loomshowcase.observe.PinningReport;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each pitfall against its fixed twin, in this JVM, whose virtual-thread scheduler has one carrier
 * per core. Four blocking tasks per carrier: a held carrier makes them take ~4 call lengths, a freed
 * one ~1; the bounds ask for 2x, generous on a shared machine. JFR watches each run in-process.
 */
@Tag("slow")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PitfallsTest {

    private static final Duration CALL = Duration.ofMillis(60);
    private static final int CARRIERS = Runtime.getRuntime().availableProcessors();
    private static final int TASKS = 4 * CARRIERS;

    /** Wall time and pinned events of TASKS virtual threads each running {@code task}. */
    private static Run onVirtualThreads(ThrowingTask task) throws Exception {
        try (PinningMonitor monitor = PinningMonitor.start()) {
            long t0 = System.nanoTime();
            try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                var futures = IntStream.range(0, TASKS).mapToObj(i -> executor.submit(() -> {
                    task.run();
                    return i;
                })).toList();
                for (Future<Integer> f : futures) {
                    f.get(30, TimeUnit.SECONDS);
                }
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            return new Run(ms, monitor.stop());
        }
    }

    @Test
    void blockingNativeCallHoldsItsCarrierAndJfrSeesNothing() throws Exception {
        onVirtualThreads(() -> NativeSleep.sleep(Duration.ofMillis(1)));
        Run downcall = onVirtualThreads(() -> NativeSleep.sleep(CALL));
        Run twin = onVirtualThreads(() -> Thread.sleep(CALL));
        assertTrue(downcall.ms() > 2 * twin.ms(), "usleep " + downcall.ms() + " ms vs Thread.sleep " + twin.ms() + " ms");
        assertEquals(0, downcall.pinning().events(), "pinned events: " + downcall.pinning());
    }

    @Test
    void blockingInAnUpcallPinsAndJfrReportsIt() throws Exception {
        // Warm up first: loading the sort classes on a virtual thread can itself log a brief pin.
        NativeSort.sortJava(new int[] {2, 1}, Duration.ZERO);
        NativeSort.sortNative(new int[] {2, 1}, Duration.ZERO);
        Run upcall = onVirtualThreads(() -> assertArrayEquals(new int[] {1, 2}, NativeSort.sortNative(new int[] {2, 1}, CALL)));
        Run twin = onVirtualThreads(() -> assertArrayEquals(new int[] {1, 2}, NativeSort.sortJava(new int[] {2, 1}, CALL)));
        assertTrue(upcall.ms() > 2 * twin.ms(), "qsort upcall " + upcall.ms() + " ms vs Java sort " + twin.ms() + " ms");
        assertTrue(upcall.pinning().events() > 0, "no pinned event for blocking in an upcall");
        PinningReport.Group group = upcall.pinning().groups().getFirst();
        assertTrue(group.pinnedReason().contains("Native"), group.toString());
        assertTrue(group.maxMs() > CALL.toMillis() / 2.0, group.toString());
        assertTrue(group.stackTop().startsWith("dev.loomshowcase.scenes.pitfalls.BlockingComparator."), group.toString());
        assertEquals(0, twin.pinning().events(), "the Java-sort twin pinned: " + twin.pinning());
    }

    @Test
    void blockingInAClassInitializerPinsAndJfrReportsIt() throws Exception {
        Run init = onVirtualThreads(() -> ClassInitBlocking.initialiseFreshClass(CALL));
        Run twin = onVirtualThreads(() -> ClassInitBlocking.blockPlainly(CALL));
        assertTrue(init.ms() > 2 * twin.ms(), "class init " + init.ms() + " ms vs plain " + twin.ms() + " ms");
        assertTrue(init.pinning().events() > 0, "no pinned event for blocking in <clinit>");
        // the isolating loader's define may also pin briefly (a contended monitor), so any group, not the first
        assertTrue(init.pinning().groups().stream().anyMatch(g -> g.pinnedReason().contains("<clinit>")), init.pinning().toString());
    }

    @Test
    void synchronizedNoLongerPins() throws Exception {
        Run monitor = onVirtualThreads(() -> {
            Object lock = new Object();
            synchronized (lock) {
                Thread.sleep(CALL);
            }
        });
        Run twin = onVirtualThreads(() -> Thread.sleep(CALL));
        assertEquals(0, monitor.pinning().events(), "synchronized pinned: " + monitor.pinning());
        assertTrue(monitor.ms() < 2 * twin.ms(), "synchronized " + monitor.ms() + " ms vs plain " + twin.ms() + " ms");
    }

    @Test
    void cpuBoundVirtualThreadsStarveAHeartbeatAndAPlatformPoolDoesNot() throws Exception {
        var starvation = new CpuStarvation(CARRIERS, Duration.ofMillis(300));
        double starved = starvation.onVirtualThreads();
        double fixed = starvation.onPlatformPool();
        assertTrue(starved > 150, "heartbeat late by only " + starved + " ms beside 300 ms of CPU work on every carrier");
        assertTrue(fixed < starved / 2, "platform pool: late by " + fixed + " ms, virtual: " + starved + " ms");
    }

    private record Run(double ms, PinningReport pinning) {
    }

    @FunctionalInterface
    private interface ThrowingTask {
        void run() throws Exception;
    }
}
