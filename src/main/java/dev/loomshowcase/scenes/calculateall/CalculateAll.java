package dev.loomshowcase.scenes.calculateall;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.StructuredTaskScope;
import java.util.function.IntToLongFunction;

/**
 * Scene 2, calculateAll: three CPU-bound tasks, where concurrency alone gains nothing. The seed's Go original:
 * {@snippet lang=go :
 * func calculateAll() {
 *     // Sequential: 3 seconds
 *     result1 := fibonacci(45) // 1s CPU work
 *     result2 := fibonacci(45) // 1s CPU work
 *     result3 := fibonacci(45) // 1s CPU work
 *
 *     // Concurrent on 1 core: Still 3+ seconds
 *     // Why? You need the CPU continuously; no other core to use
 *     go func() { result1 = fibonacci(45) }()
 *     go func() { result2 = fibonacci(45) }()
 *     go func() { result3 = fibonacci(45) }()
 * }
 * }
 * Each variant takes the task as {@code fib} ({@code CalculateAll::fibonacci}; a test passes a probe
 * that counts the tasks in flight) and returns the three results in order.
 */
public final class CalculateAll {

    /** What the seed predicts and what to expect here: the calculate-all scenario prints this sentence. */
    public static final String HYPOTHESIS = "Seed: concurrency alone does not speed up CPU-bound work; only more cores do. "
            + "Expect virtual threads on 1 carrier = sequential (no effect); on N carriers at most N x; "
            + "virtual threads are not time-sliced, so 3 tasks on 2 carriers take 2 rounds where 3 OS threads take 1.5.";

    private CalculateAll() {
    }

    /** The task: fib(n), recursively; exponential on purpose, since it is the CPU work. */
    public static long fibonacci(int n) {
        return n < 2 ? n : fibonacci(n - 1) + fibonacci(n - 2);
    }

    /** One after another on the calling thread. */
    public static List<Long> sequential(int n, IntToLongFunction fib) {
        long result1 = fib.applyAsLong(n);
        long result2 = fib.applyAsLong(n);
        long result3 = fib.applyAsLong(n);
        return List.of(result1, result2, result3);
    }

    /** A virtual thread per task in one scope: parallel only as far as there are carriers. */
    public static List<Long> structured(int n, IntToLongFunction fib) throws InterruptedException {
        try (var scope = StructuredTaskScope.open()) {
            var result1 = scope.fork(() -> fib.applyAsLong(n));
            var result2 = scope.fork(() -> fib.applyAsLong(n));
            var result3 = scope.fork(() -> fib.applyAsLong(n));
            scope.join();
            return List.of(result1.get(), result2.get(), result3.get());
        }
    }

    /** A fixed pool of platform threads, one per carrier: the platform-thread GOMAXPROCS(n). */
    public static List<Long> fixedPool(int n, int threads, IntToLongFunction fib) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            return submitAll(pool, n, fib);
        }
    }

    /** A new platform thread per task: the OS time-slices the three over the cores. */
    public static List<Long> threadPerTask(int n, IntToLongFunction fib) throws Exception {
        try (ExecutorService perTask = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
            return submitAll(perTask, n, fib);
        }
    }

    private static List<Long> submitAll(ExecutorService executor, int n, IntToLongFunction fib) throws Exception {
        Future<Long> result1 = executor.submit(() -> fib.applyAsLong(n));
        Future<Long> result2 = executor.submit(() -> fib.applyAsLong(n));
        Future<Long> result3 = executor.submit(() -> fib.applyAsLong(n));
        return List.of(result1.get(), result2.get(), result3.get());
    }

    /**
     * VM options: --enable-preview -Djdk.virtualThreadScheduler.parallelism=1 (one carrier, GOMAXPROCS(1)).
     * Runs each variant once on fib(n) (n = the first argument, 36 by default) and prints its time.
     */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 36;
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism", Runtime.getRuntime().availableProcessors());
        System.out.println(HYPOTHESIS);
        sequential(n - 4, CalculateAll::fibonacci); // warm-up: let the JIT compile fibonacci first
        time("sequential", () -> sequential(n, CalculateAll::fibonacci));
        time("structured (virtual)", () -> structured(n, CalculateAll::fibonacci));
        time("fixed pool of " + carriers, () -> fixedPool(n, carriers, CalculateAll::fibonacci));
        time("thread per task", () -> threadPerTask(n, CalculateAll::fibonacci));
    }

    private static void time(String variant, Callable<?> run) throws Exception {
        long start = System.nanoTime();
        run.call();
        System.out.printf("%-22s %6d ms%n", variant, (System.nanoTime() - start) / 1_000_000);
    }
}
