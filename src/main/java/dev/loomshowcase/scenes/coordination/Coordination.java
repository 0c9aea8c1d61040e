package dev.loomshowcase.scenes.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.SynchronousQueue;

/**
 * The seed's "coordination-heavy" row: tasks that hand a value to each other far more often than they
 * compute. The seed writes no Go for this row; its decision matrix says:
 * {@snippet :
 * Workload Type        Single Core   Multiple Cores   Why
 * Coordination-heavy   ✘ Slower      ✘ Slower         Synchronization overhead dominates
 * }
 * and its trap 4: "For small tasks or tightly coupled work, sequential execution can be faster."
 * Here each pair of tasks ping-pongs a value through two {@link SynchronousQueue}s, {@code handoffs}
 * round trips, each side mixing it {@code work} times ({@link #step}) before handing it back. The
 * sequential baseline does the very same steps on one thread with no hand-off at all ({@link #chain}).
 * Every variant returns, in pair order, the value each pair ended at: {@code chain(pair + 1, 2 * handoffs * work)}.
 */
public final class Coordination {

    /** What the seed predicts and what to expect here: the coordination scenario prints this sentence. */
    public static final String HYPOTHESIS = "Seed: slower on one core and on many: synchronisation overhead dominates. Expect every "
            + "concurrent cell well below 1x against one thread doing the same steps with no hand-off.";

    private Coordination() {
    }

    /** A tiny piece of real work between hand-offs (a 64-bit mix, as in SplitMix64). */
    public static long step(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** {@code steps} steps one after another, on the calling thread. */
    public static long chain(long seed, long steps) {
        long value = seed;
        for (long i = 0; i < steps; i++) {
            value = step(value);
        }
        return value;
    }

    /** The first of a pair: mixes, hands over, waits for the value to come back; returns where it ended. */
    public static long serve(long seed, int handoffs, int work, SynchronousQueue<Long> there, SynchronousQueue<Long> back)
            throws InterruptedException {
        long value = seed;
        for (int i = 0; i < handoffs; i++) {
            there.put(chain(value, work));
            value = back.take();
        }
        return value;
    }

    /** The second of a pair: waits for the value, mixes, hands it back; returns the last value it sent. */
    public static long answer(int handoffs, int work, SynchronousQueue<Long> there, SynchronousQueue<Long> back)
            throws InterruptedException {
        long value = 0;
        for (int i = 0; i < handoffs; i++) {
            value = chain(there.take(), work);
            back.put(value);
        }
        return value;
    }

    /** One thread, no hand-off: each pair's steps chained, one pair after another. The honest baseline. */
    public static List<Long> sequential(int pairs, int handoffs, int work) {
        List<Long> ends = new ArrayList<>(pairs);
        for (int pair = 0; pair < pairs; pair++) {
            ends.add(chain(pair + 1, 2L * handoffs * work));
        }
        return ends;
    }

    /** Two virtual threads per pair in one scope: on one carrier every hand-off is a virtual-thread switch. */
    public static List<Long> structured(int pairs, int handoffs, int work) throws InterruptedException {
        try (var scope = StructuredTaskScope.open()) {
            List<Subtask<Long>> ends = new ArrayList<>(pairs);
            for (int pair = 0; pair < pairs; pair++) {
                long seed = pair + 1;
                var there = new SynchronousQueue<Long>();
                var back = new SynchronousQueue<Long>();
                ends.add(scope.fork(() -> serve(seed, handoffs, work, there, back)));
                scope.fork(() -> answer(handoffs, work, there, back));
            }
            scope.join();
            return ends.stream().map(Subtask::get).toList();
        }
    }

    /**
     * A fixed pool of platform threads. One thread would deadlock: the first task waits forever for its
     * partner, queued behind it. With two or more it cannot: tasks start in order, partner after partner, so
     * only the last started task can wait for a queued partner. (Today's coordination cells measure no pool.)
     */
    public static List<Long> fixedPool(int pairs, int handoffs, int work, int threads) {
        if (threads < 2) {
            throw new IllegalArgumentException("a ping-pong needs a pool of at least 2 threads, got " + threads);
        }
        return allOn(Executors.newFixedThreadPool(threads), pairs, handoffs, work);
    }

    /** Two new platform (OS) threads per pair: every hand-off parks one OS thread and wakes another. */
    public static List<Long> threadPerTask(int pairs, int handoffs, int work) {
        return allOn(Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory()), pairs, handoffs, work);
    }

    /** Submits both tasks of every pair, partner after partner; close() then waits for them all. */
    private static List<Long> allOn(ExecutorService executor, int pairs, int handoffs, int work) {
        List<Future<Long>> ends = new ArrayList<>(pairs);
        try (executor) {
            for (int pair = 0; pair < pairs; pair++) {
                long seed = pair + 1;
                var there = new SynchronousQueue<Long>();
                var back = new SynchronousQueue<Long>();
                ends.add(executor.submit(() -> serve(seed, handoffs, work, there, back)));
                executor.submit(() -> answer(handoffs, work, there, back));
            }
        }
        return ends.stream().map(Future::resultNow).toList(); // all done: no waiting here
    }

    /**
     * VM options: --enable-preview -Djdk.virtualThreadScheduler.parallelism=1 (one carrier; try 2 as well).
     * Runs 2 pairs of 50,000 round trips, 50 steps per hand-off, once with each variant and prints each time.
     */
    public static void main(String[] args) throws Exception {
        int pairs = 2, handoffs = 50_000, work = 50, threads = 2 * pairs;
        System.out.println(HYPOTHESIS);
        structured(pairs, handoffs / 10, work); // warm-up: let the JIT compile the steps and the hand-offs
        time("sequential", () -> sequential(pairs, handoffs, work));
        time("structured (virtual)", () -> structured(pairs, handoffs, work));
        time("fixed pool of " + threads, () -> fixedPool(pairs, handoffs, work, threads));
        time("thread per task", () -> threadPerTask(pairs, handoffs, work));
    }

    private static void time(String variant, Callable<?> run) throws Exception {
        long start = System.nanoTime();
        run.call();
        System.out.printf("%-22s %6d ms%n", variant, (System.nanoTime() - start) / 1_000_000);
    }
}
