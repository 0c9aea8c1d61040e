package dev.loomshowcase.scenes.pitfalls;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPU starvation: virtual threads are not time-sliced. A latency-sensitive virtual thread (a 10 ms
 * heartbeat) waits for a carrier while CPU-bound virtual threads occupy every carrier, so it is late
 * by about the length of the CPU work. The twin runs the same CPU work on a bounded pool of platform
 * threads, which the OS time-slices, and the heartbeat keeps its beat.
 *
 * @param carriers the carrier count: as many CPU tasks as carriers, so every carrier is taken
 * @param work     how long each CPU task computes
 */
public record CpuStarvation(int carriers, Duration work) {

    /** The heartbeat's period. */
    static final Duration BEAT = Duration.ofMillis(10);

    /** Runs the CPU work on virtual threads (the pitfall) and returns the heartbeat's worst delay, ms. */
    public double onVirtualThreads() throws Exception {
        try (ExecutorService cpu = Executors.newVirtualThreadPerTaskExecutor()) {
            return worstHeartbeatDelay(cpu);
        }
    }

    /** Runs the CPU work on a bounded platform pool (the fix) and returns the heartbeat's worst delay, ms. */
    public double onPlatformPool() throws Exception {
        try (ExecutorService cpu = Executors.newFixedThreadPool(carriers)) {
            return worstHeartbeatDelay(cpu);
        }
    }

    private double worstHeartbeatDelay(ExecutorService cpu) throws Exception {
        var stop = new CountDownLatch(1);
        var firstBeat = new CountDownLatch(1);
        var worstNanos = new AtomicLong();
        Thread heartbeat = Thread.ofVirtual().name("heartbeat").start(() -> beat(stop, firstBeat, worstNanos));
        try {
            if (!firstBeat.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the heartbeat did not start within 10 s");
            }
            var tasks = java.util.stream.IntStream.range(0, carriers).mapToObj(i -> cpu.submit(this::compute)).toList();
            for (Future<Long> task : tasks) {
                task.get(60, TimeUnit.SECONDS);
            }
        } finally {
            stop.countDown();
            heartbeat.join(Duration.ofSeconds(10));
        }
        return worstNanos.get() / 1e6;
    }

    /** Beats every {@link #BEAT} until stopped, keeping the worst lateness of a beat (the last one included). */
    private static void beat(CountDownLatch stop, CountDownLatch firstBeat, AtomicLong worstNanos) {
        try {
            while (true) {
                long before = System.nanoTime();
                boolean stopped = stop.await(BEAT.toMillis(), TimeUnit.MILLISECONDS);
                worstNanos.accumulateAndGet(System.nanoTime() - before - BEAT.toNanos(), Math::max);
                if (stopped) {
                    return;
                }
                firstBeat.countDown();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Real CPU work for {@link #work}: a linear congruential sequence, summed so it cannot be elided. */
    private long compute() {
        long deadline = System.nanoTime() + work.toNanos();
        long x = 1;
        long sum = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 10_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
                sum += x >>> 33;
            }
        }
        return sum;
    }
}
