package dev.loomshowcase.scenes.sum;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * Scene 3, the seed's exercise 2: sum numbers whole, and split into concurrent slices; compare on
 * one carrier and on several. The seed's Go original (its two-way split, here {@code parts}-way):
 * {@snippet lang=go :
 * func sumConcurrent(numbers []int) int {
 *     mid := len(numbers) / 2
 *     ch := make(chan int)
 *     go func() {
 *         sum := 0
 *         for _, n := range numbers[:mid] {
 *             sum += n
 *         }
 *         ch <- sum
 *     }()
 *     go func() {
 *         sum := 0
 *         for _, n := range numbers[mid:] {
 *             sum += n
 *         }
 *         ch <- sum
 *     }()
 *     sum1, sum2 := <-ch, <-ch
 *     return sum1 + sum2
 * }
 * }
 * The split variants take the slice's task as {@code slice} ({@code SumSplit::sum}; a test passes a probe).
 */
public final class SumSplit {

    /** What the seed predicts and what to expect here: the sum scenario prints this sentence. */
    public static final String HYPOTHESIS = "Seed: splitting a sum across goroutines is concurrency; it speeds up only with cores to run the halves. "
            + "Expect no gain on 1 carrier at any size; on N carriers a cost on small arrays, a gain from some size on.";

    private SumSplit() {
    }

    /** The task of one slice: sums {@code numbers[from, to)}. */
    @FunctionalInterface
    public interface Slice {
        long sum(int[] numbers, int from, int to);
    }

    /** The task: sums {@code numbers[from, to)} on the calling thread. */
    public static long sum(int[] numbers, int from, int to) {
        long total = 0;
        for (int i = from; i < to; i++) {
            total += numbers[i];
        }
        return total;
    }

    /** The whole array on the calling thread: no concurrency, no parallelism. */
    public static long sequential(int[] numbers) {
        return sum(numbers, 0, numbers.length);
    }

    /** A virtual thread per slice in one scope, then the partial sums added. */
    public static long structured(int[] numbers, int parts, Slice slice) throws InterruptedException {
        try (var scope = StructuredTaskScope.open()) {
            List<Subtask<Long>> sums = new ArrayList<>();
            for (int part = 0; part < parts; part++) {
                int from = bound(numbers, part, parts);
                int to = bound(numbers, part + 1, parts);
                sums.add(scope.fork(() -> slice.sum(numbers, from, to)));
            }
            scope.join();
            return sums.stream().mapToLong(Subtask::get).sum();
        }
    }

    /** The slices on a fixed pool of platform threads, one per carrier. */
    public static long fixedPool(int[] numbers, int parts, int threads, Slice slice) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            return submitAll(pool, numbers, parts, slice);
        }
    }

    /** A new platform thread per slice. */
    public static long threadPerTask(int[] numbers, int parts, Slice slice) throws Exception {
        try (ExecutorService perTask = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
            return submitAll(perTask, numbers, parts, slice);
        }
    }

    private static long submitAll(ExecutorService executor, int[] numbers, int parts, Slice slice) throws Exception {
        List<Future<Long>> sums = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            int from = bound(numbers, part, parts);
            int to = bound(numbers, part + 1, parts);
            sums.add(executor.submit(() -> slice.sum(numbers, from, to)));
        }
        long total = 0;
        for (Future<Long> sum : sums) {
            total += sum.get();
        }
        return total;
    }

    /** Where slice {@code part} of {@code parts} starts: near-equal slices covering the array. */
    public static int bound(int[] numbers, int part, int parts) {
        return (int) ((long) numbers.length * part / parts);
    }

    /**
     * VM options: --enable-preview -Djdk.virtualThreadScheduler.parallelism=1 (one carrier, GOMAXPROCS(1)).
     * Sums a million numbers 200 times with each variant (two slices, as in the seed) and prints the time per sum.
     */
    public static void main(String[] args) throws Exception {
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism", Runtime.getRuntime().availableProcessors());
        int[] numbers = new int[1_000_000];
        java.util.Arrays.setAll(numbers, i -> i % 1000);
        System.out.println(HYPOTHESIS);
        time("warm-up", () -> structured(numbers, 2, SumSplit::sum) + sequential(numbers)); // JIT first
        time("sequential", () -> sequential(numbers));
        time("structured (virtual)", () -> structured(numbers, 2, SumSplit::sum));
        time("fixed pool of " + carriers, () -> fixedPool(numbers, 2, carriers, SumSplit::sum));
        time("thread per task", () -> threadPerTask(numbers, 2, SumSplit::sum));
    }

    private static void time(String variant, Callable<Long> sum) throws Exception {
        int repeats = 200;
        long start = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            if (sum.call() <= 0) {
                throw new IllegalStateException("a sum went wrong");
            }
        }
        System.out.printf("%-22s %8.1f µs per sum%n", variant, (System.nanoTime() - start) / 1e3 / repeats);
    }
}
