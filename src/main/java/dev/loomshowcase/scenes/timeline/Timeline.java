package dev.loomshowcase.scenes.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * Scene 6, the timeline: tasks A, B, C, D, each a CPU phase, a wait, and a second CPU phase. The seed's picture:
 * {@snippet :
 * Core 0: [A1]——[A2]-ctx-[C1]——[C2]——
 * Core 1: [B1]——[B2]-ctx-[D1]——[D2]——
 *
 * Tasks A, B, C, D are concurrent
 * Tasks A & B are parallel in early intervals
 * Tasks C & D are parallel in later intervals
 * }
 * Who runs the phases is a {@link Phases}, so that the measured workload can record which carrier ran
 * each phase, and when (the timeline scenario draws its lanes from that record).
 */
public final class Timeline {

    /** What the seed predicts and what to expect here: the timeline scenario prints this sentence. */
    public static final String HYPOTHESIS = "Seed: four concurrent tasks on two cores, two in parallel at any moment. Expect 2 lanes at "
            + "2 carriers with at most 2 phases at once, and 1 lane at 1 carrier where the tasks only interleave.";
    /** The tasks, as the seed names them. */
    public static final List<String> TASKS = List.of("A", "B", "C", "D");

    private Timeline() {
    }

    /** Runs a task's phases: CPU work, and a wait that holds no CPU. */
    public interface Phases {
        long compute(String task, String phase) throws Exception;

        void await(String task, Callable<?> wait) throws Exception;
    }

    /** The task: phase 1 (CPU), a wait of {@code waitMs}, phase 2 (CPU). */
    public static long task(String name, Phases phases, long waitMs) throws Exception {
        long first = phases.compute(name, name + "1");
        phases.await(name, () -> {
            Thread.sleep(waitMs);
            return null;
        });
        long second = phases.compute(name, name + "2");
        return first ^ second;
    }

    /** A, then B, then C, then D, on the calling thread. */
    public static List<Long> sequential(Phases phases, long waitMs) throws Exception {
        List<Long> results = new ArrayList<>();
        for (String name : TASKS) {
            results.add(task(name, phases, waitMs));
        }
        return results;
    }

    /** A virtual thread per task: as many in parallel as there are carriers, the others interleaved. */
    public static List<Long> structured(Phases phases, long waitMs) throws InterruptedException {
        try (var scope = StructuredTaskScope.open()) {
            List<Subtask<Long>> results = new ArrayList<>();
            for (String name : TASKS) {
                results.add(scope.fork(() -> task(name, phases, waitMs)));
            }
            scope.join();
            return results.stream().map(Subtask::get).toList();
        }
    }

    /** A fixed pool of platform threads, one per carrier ("core"). */
    public static List<Long> fixedPool(Phases phases, long waitMs, int threads) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            return submitAll(pool, phases, waitMs);
        }
    }

    /** A new platform thread per task, time-sliced by the OS. */
    public static List<Long> threadPerTask(Phases phases, long waitMs) throws Exception {
        try (ExecutorService perTask = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
            return submitAll(perTask, phases, waitMs);
        }
    }

    private static List<Long> submitAll(ExecutorService executor, Phases phases, long waitMs) throws Exception {
        List<Future<Long>> futures = new ArrayList<>();
        for (String name : TASKS) {
            futures.add(executor.submit(() -> task(name, phases, waitMs)));
        }
        List<Long> results = new ArrayList<>();
        for (Future<Long> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    /** Phases whose CPU work is {@code cpuMs} of busy spinning; each notes in {@code log} where it ran. */
    public static Phases spinning(double cpuMs, Queue<String> log) {
        return new Phases() {
            @Override
            public long compute(String task, String phase) {
                long spins = 0;
                for (long end = System.nanoTime() + (long) (cpuMs * 1e6); System.nanoTime() < end; spins++) {
                    Thread.onSpinWait();
                }
                log.add(phase + " ran on " + Thread.currentThread()); // printed later: printing blocks a carrier
                return spins;
            }

            @Override
            public void await(String task, Callable<?> wait) throws Exception {
                wait.call();
            }
        };
    }

    /**
     * VM options: --enable-preview -Djdk.virtualThreadScheduler.parallelism=1 (one carrier; try 2 as well).
     * Runs the four tasks once with each variant, then prints where each phase ran, and the time.
     */
    public static void main(String[] args) throws Exception {
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism", Runtime.getRuntime().availableProcessors());
        System.out.println(HYPOTHESIS);
        Queue<String> log = new ConcurrentLinkedQueue<>();
        Phases phases = spinning(40, log);
        structured(spinning(1, new ConcurrentLinkedQueue<>()), 1); // warm-up: class loading
        time("sequential", () -> sequential(phases, 30), log);
        time("structured (virtual)", () -> structured(phases, 30), log);
        time("fixed pool of " + carriers, () -> fixedPool(phases, 30, carriers), log);
        time("thread per task", () -> threadPerTask(phases, 30), log);
    }

    private static void time(String variant, Callable<?> run, Queue<String> log) throws Exception {
        long start = System.nanoTime();
        run.call();
        long ms = (System.nanoTime() - start) / 1_000_000;
        for (String line = log.poll(); line != null; line = log.poll()) {
            System.out.println("  " + line);
        }
        System.out.printf("%-22s %6d ms%n", variant, ms);
    }
}
