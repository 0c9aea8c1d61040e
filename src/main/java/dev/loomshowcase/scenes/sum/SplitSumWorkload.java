package dev.loomshowcase.scenes.sum;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.TaskRunner;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.scenes.traps.TrapsScenario;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The seed's "sum the numbers", whole or split: the sequential cell sums the array in one task,
 * every other cell splits it into one slice per carrier, so parallel and not-parallel do the same adds.
 * A repetition is the {@link SumSplit} variant of the cell's model (see {@link SumWorkload#sum}).
 */
public final class SplitSumWorkload implements Workload {

    /** Trap 4's cells name it: the traps scene plans them, this scene's seed code sums. */
    public static final String NAME = TrapsScenario.SPLIT_SUM;

    private final int[] numbers;
    private final int parts;
    private final String experiment;
    private final ThreadModel model;
    private final int carriers;

    SplitSumWorkload(int size, int parts, String experiment, ThreadModel model, int carriers) {
        this.numbers = ArraySum.numbers(size);
        this.parts = parts;
        this.experiment = experiment;
        this.model = model;
        this.carriers = carriers;
    }

    public static Workload fromSpec(CellSpec spec) {
        int parts = spec.model() == ThreadModel.SEQUENTIAL ? 1 : spec.carriers();
        return new SplitSumWorkload(Integer.parseInt(spec.param("size")), parts,
                spec.params().getOrDefault("experiment", NAME), spec.model(), spec.carriers());
    }

    /** One sum, as the seed's variant for the cell's model: its result is the whole sum. */
    @Override
    public List<Object> runRepetition(TaskRunner runner) throws Exception {
        return List.of(SumWorkload.sum(model, carriers, numbers, parts, SumSplit::sum));
    }

    @Override
    public List<Callable<Object>> tasks() {
        return ArraySum.slices(numbers, parts).stream().<Callable<Object>>map(slice -> slice::call).toList();
    }

    @Override
    public void verify(List<Object> results) {
        long total = results.stream().mapToLong(r -> (Long) r).sum();
        if (total != ArraySum.expectedSum(numbers.length)) {
            throw new IllegalStateException("sum " + total + " is wrong");
        }
    }

    @Override
    public Map<String, Object> extras() {
        return Map.of("experiment", experiment, "numbers", numbers.length, "parts", parts);
    }
}
