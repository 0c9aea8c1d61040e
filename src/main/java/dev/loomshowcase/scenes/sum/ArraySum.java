package dev.loomshowcase.scenes.sum;

import dev.loomshowcase.engine.TaskRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The seed's first example: summing an array of numbers, whole or split into concurrent slices.
 * Shared by the {@code sum} scenario and the JMH benchmarks, so both measure the same code.
 */
public final class ArraySum {

    private ArraySum() {
    }

    /** The numbers 0..999 repeated to {@code size} elements; their sum has a closed form. */
    public static int[] numbers(int size) {
        int[] numbers = new int[size];
        for (int i = 0; i < size; i++) {
            numbers[i] = i % 1000;
        }
        return numbers;
    }

    /** The sum of {@link #numbers}(size), computed without the array. */
    public static long expectedSum(long size) {
        long full = size / 1000;
        long rest = size % 1000;
        return full * (999L * 1000 / 2) + rest * (rest - 1) / 2;
    }

    /** Sums {@code numbers[from, to)} on the calling thread: the seed's own loop, {@link SumSplit#sum}. */
    public static long sum(int[] numbers, int from, int to) {
        return SumSplit.sum(numbers, from, to);
    }

    /** One task per slice, {@code parts} slices of near-equal length covering the array. */
    public static List<Callable<Long>> slices(int[] numbers, int parts) {
        return slices(numbers, parts, SumSplit::sum);
    }

    /** One task per slice, each summing its slice with {@code slice}. */
    static List<Callable<Long>> slices(int[] numbers, int parts, SumSplit.Slice slice) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1, was " + parts);
        }
        List<Callable<Long>> tasks = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            int from = SumSplit.bound(numbers, p, parts);
            int to = SumSplit.bound(numbers, p + 1, parts);
            tasks.add(() -> slice.sum(numbers, from, to));
        }
        return tasks;
    }

    /** Sums the array as {@code parts} slices run by {@code runner}, then adds the partial sums. */
    public static long splitSum(TaskRunner runner, int[] numbers, int parts) throws Exception {
        return splitSum(runner, numbers, parts, SumSplit::sum);
    }

    public static long splitSum(TaskRunner runner, int[] numbers, int parts, SumSplit.Slice slice) throws Exception {
        long total = 0;
        for (long partial : runner.runAll(slices(numbers, parts, slice))) {
            total += partial;
        }
        return total;
    }
}
