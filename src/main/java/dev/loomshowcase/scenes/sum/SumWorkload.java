package dev.loomshowcase.scenes.sum;

import dev.loomshowcase.workload.SeedVariants;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Metric;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Workload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Summing {@code size} numbers, repeated within one repetition: a small sum lasts nanoseconds to
 * microseconds, far too short to time alone (and the process CPU clock ticks in 10 ms here), so each
 * cell repeats its sum until a repetition lasts about {@code targetMs}, and the report divides by
 * the count. Each sum is complete on its own: the sequential cell sums the whole array on one
 * thread; every other cell splits each sum into {@code parts} slices run by its thread model and
 * joined, so the cost of forking and joining is paid once per sum, as in the seed.
 *
 * <p>Cells therefore repeat different numbers of sums (a split small sum is far slower), and are
 * compared per sum, not per repetition. The count is found when the workload is built, after the
 * summing loop is JIT-compiled, by timing the cell's own sum: that is also its warm-up.
 *
 * <p>Each sum is the variant written out in {@link SumSplit} for the cell's thread model.
 */
public final class SumWorkload implements Workload {

    public static final String NAME = "sum";
    /** Calls of the summing loop on a small array before anything is timed, so C2 has compiled it. */
    static final int KERNEL_WARMUP_CALLS = 20_000;
    /** The cell's own sum runs this many target durations before its rate is timed. */
    static final int WARMUP_TARGETS = 4;

    private final int[] numbers;
    private final int parts;
    private final ThreadModel model;
    private final int carriers;
    private final long expected;
    private final int sumsPerRepetition;

    /**
     * A workload summing {@code size} numbers as {@code model}'s variant of {@link SumSplit} (sequential: one
     * plain sum on the calling thread). Builds the array, warms the JIT up and sets the sums per repetition
     * from {@code targetMs}.
     */
    public SumWorkload(int size, int parts, ThreadModel model, int carriers, double targetMs) throws Exception {
        if (size < 1 || parts < 1 || targetMs <= 0) {
            throw new IllegalArgumentException("size and parts must be at least 1, the target above 0");
        }
        this.numbers = ArraySum.numbers(size);
        this.parts = parts;
        this.model = model;
        this.carriers = carriers;
        this.expected = ArraySum.expectedSum(size);
        warmUpKernel();
        this.sumsPerRepetition = sumsWithin(targetMs);
    }

    /** Builds the workload from a cell's {@code size}, {@code parts} and {@code targetMs} parameters. */
    public static SumWorkload fromSpec(CellSpec spec) {
        int size = Integer.parseInt(spec.param("size"));
        double targetMs = Double.parseDouble(spec.param("targetMs"));
        try {
            if (spec.model() == ThreadModel.SEQUENTIAL) {
                return new SumWorkload(size, 1, ThreadModel.SEQUENTIAL, 1, targetMs);
            }
            return new SumWorkload(size, Integer.parseInt(spec.param("parts")), spec.model(), spec.carriers(), targetMs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calibrating the sum", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot calibrate the sum: " + e.getMessage(), e);
        }
    }

    private void warmUpKernel() {
        int[] small = ArraySum.numbers(10_000);
        long check = 0;
        for (int i = 0; i < KERNEL_WARMUP_CALLS; i++) {
            check += SumSplit.sum(small, 0, small.length);
        }
        if (check != KERNEL_WARMUP_CALLS * ArraySum.expectedSum(small.length)) {
            throw new IllegalStateException("warm-up sums went wrong");
        }
    }

    /**
     * How many of this cell's sums fit in {@code targetMs} (at least one). First runs the cell's own
     * sum for {@link #WARMUP_TARGETS} x {@code targetMs} (class loading, the scheduler's start, and
     * C2, which otherwise still compiles the fork/join path during the first repetitions); then, three times, times
     * batches of doubling size until one lasts a quarter of the target, and keeps the fastest rate
     * (other load on the machine only ever slows a batch down).
     */
    private int sumsWithin(double targetMs) throws Exception {
        long target = Math.round(targetMs * 1e6);
        long warmEnd = System.nanoTime() + WARMUP_TARGETS * target;
        do {
            sumOnce();
        } while (System.nanoTime() < warmEnd);
        double fastestNanosPerSum = Double.MAX_VALUE;
        for (int attempt = 0; attempt < 3; attempt++) {
            fastestNanosPerSum = Math.min(fastestNanosPerSum, nanosPerSum(target / 4));
        }
        return (int) Math.clamp(Math.round(target / fastestNanosPerSum), 1, Integer.MAX_VALUE / 2);
    }

    /** Nanoseconds per sum over the first batch of doubling size that lasts at least {@code atLeast}. */
    private double nanosPerSum(long atLeast) throws Exception {
        for (long batch = 1; ; batch *= 2) {
            long t0 = System.nanoTime();
            for (long i = 0; i < batch; i++) {
                sumOnce();
            }
            long elapsed = System.nanoTime() - t0;
            if (elapsed >= atLeast || batch >= Integer.MAX_VALUE / 8) {
                return (double) elapsed / batch;
            }
        }
    }

    private void sumOnce() throws Exception {
        long total = sum(model, carriers, numbers, parts, SumSplit::sum);
        if (total != expected) {
            throw new IllegalStateException("a sum was " + total + ", expected " + expected);
        }
    }

    /** The seed's variant for {@code model}; where the seed writes none, the model's runner over the same slices. */
    public static long sum(ThreadModel model, int carriers, int[] numbers, int parts, SumSplit.Slice slice) throws Exception {
        return new SeedVariants<Long>(() -> SumSplit.sequential(numbers), () -> SumSplit.structured(numbers, parts, slice),
                threads -> SumSplit.fixedPool(numbers, parts, threads, slice), () -> SumSplit.threadPerTask(numbers, parts, slice),
                runner -> ArraySum.splitSum(runner, numbers, parts, slice))
                .run(model, carriers);
    }

    /** Sums per repetition, as calibrated. */
    public int sumsPerRepetition() {
        return sumsPerRepetition;
    }

    @Override
    public List<Callable<Object>> tasks() {
        return List.of(this::repeatSums);
    }

    private Object repeatSums() throws Exception {
        for (int i = 0; i < sumsPerRepetition; i++) {
            sumOnce();
        }
        return sumsPerRepetition;
    }

    @Override
    public void verify(List<Object> results) {
        if (!results.equals(List.of(sumsPerRepetition))) {
            throw new IllegalStateException("expected " + sumsPerRepetition + " checked sums, got " + results);
        }
    }

    @Override
    public Map<String, Object> extras() {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("size", numbers.length);
        extras.put("parts", parts);
        extras.put(Metric.OPERATIONS, sumsPerRepetition);
        return extras;
    }
}
