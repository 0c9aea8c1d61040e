package dev.loomshowcase.workload;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.TaskRunner;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Workload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Summing {@code size} numbers, {@code sumsPerRepetition} times per repetition: a small sum lasts
 * microseconds, far too short to time alone, so a repetition repeats it until it lasts long enough,
 * and the report divides. Each sum is complete on its own: the sequential cell sums the whole array
 * on one thread; every other cell splits each sum into {@code parts} slices run by its thread model
 * and joined, so the cost of forking and joining is paid once per sum, as in the seed.
 *
 * <p>A repetition is one task (the engine's runner runs it); inside, the cell's own model runs the
 * slices. The same sizes get the same number of sums in every cell: identical work.
 */
public final class SumWorkload implements Workload {

    public static final String NAME = "sum";

    private final int[] numbers;
    private final int parts;
    private final int sumsPerRepetition;
    private final TaskRunner slices;
    private final long expected;

    /** A workload summing {@code size} numbers; {@code slices} null means one plain sum on the calling thread. */
    public SumWorkload(int size, int parts, int sumsPerRepetition, TaskRunner slices) {
        if (size < 1 || parts < 1 || sumsPerRepetition < 1) {
            throw new IllegalArgumentException("size, parts and sums must be at least 1");
        }
        this.numbers = ArraySum.numbers(size);
        this.parts = parts;
        this.sumsPerRepetition = sumsPerRepetition;
        this.slices = slices;
        this.expected = ArraySum.expectedSum(size);
    }

    /** Builds the workload from a cell's {@code size}, {@code parts} and {@code sums} parameters. */
    public static SumWorkload fromSpec(CellSpec spec) {
        int size = Integer.parseInt(spec.param("size"));
        int sums = Integer.parseInt(spec.param("sums"));
        if (spec.model() == ThreadModel.SEQUENTIAL) {
            return new SumWorkload(size, 1, sums, null);
        }
        return new SumWorkload(size, Integer.parseInt(spec.param("parts")), sums, spec.model().runner(spec.carriers()));
    }

    @Override
    public List<Callable<Object>> tasks() {
        return List.of(this::repeatSums);
    }

    private Object repeatSums() throws Exception {
        for (int i = 0; i < sumsPerRepetition; i++) {
            long total = slices == null ? ArraySum.sum(numbers, 0, numbers.length) : ArraySum.splitSum(slices, numbers, parts);
            if (total != expected) {
                throw new IllegalStateException("sum " + i + " was " + total + ", expected " + expected);
            }
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
        extras.put("sumsPerRepetition", sumsPerRepetition);
        return extras;
    }
}
