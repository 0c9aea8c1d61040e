package dev.loomshowcase.scenes.calculateall;

import dev.loomshowcase.workload.SeedVariants;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.TaskRunner;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Workload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntToLongFunction;

/**
 * The seed's {@code calculateAll}: fib(n) computed three times, as three independent tasks. Pure
 * CPU: every cell (the sequential baseline included) does exactly this work, only scheduled apart.
 *
 * <p>Each repetition runs the variant written out in {@link CalculateAll} for the cell's thread model.
 */
public final class CalculateAllWorkload implements Workload {

    public static final String NAME = "calculate-all";
    /** The seed computes fib three times. */
    public static final int TASKS = 3;

    private final int n;
    private final long expected;
    private final Map<String, Object> extras;
    private final ThreadModel model;
    private final int carriers;

    /** A workload run by the engine's runner of the cell's model (for callers with no cell). */
    public CalculateAllWorkload(int n, String nSource) {
        this(n, nSource, null, 1);
    }

    public CalculateAllWorkload(int n, String nSource, ThreadModel model, int carriers) {
        this.model = model;
        this.carriers = carriers;
        this.n = Fibonacci.requireValidN(n);
        this.expected = Fibonacci.iterative(n);
        this.extras = new LinkedHashMap<>();
        extras.put("n", n);
        if (nSource != null) {
            extras.put("nSource", nSource);
        }
    }

    /** Builds the workload from a cell's {@code n} (and optional {@code nSource}) parameters. */
    public static CalculateAllWorkload fromSpec(CellSpec spec) {
        FibParams params = FibParams.from(spec.params());
        return new CalculateAllWorkload(params.n(), params.nSource(), spec.model(), spec.carriers());
    }

    @Override
    public List<Object> runRepetition(TaskRunner runner) throws Exception {
        return model == null ? runner.runAll(tasks()) : List.copyOf(calculateAll(model, carriers, n, CalculateAll::fibonacci));
    }

    /** The seed's variant for {@code model}; where the seed writes none, the model's runner over the same three tasks. */
    public static List<Long> calculateAll(ThreadModel model, int carriers, int n, IntToLongFunction fib) throws Exception {
        return new SeedVariants<List<Long>>(() -> CalculateAll.sequential(n, fib), () -> CalculateAll.structured(n, fib),
                threads -> CalculateAll.fixedPool(n, threads, fib), () -> CalculateAll.threadPerTask(n, fib),
                runner -> runner.runAll(java.util.Collections.nCopies(TASKS, () -> fib.applyAsLong(n))))
                .run(model, carriers);
    }

    @Override
    public List<Callable<Object>> tasks() {
        Callable<Object> call = () -> CalculateAll.fibonacci(n);
        return java.util.Collections.nCopies(TASKS, call);
    }

    @Override
    public void verify(List<Object> results) {
        if (results.size() != TASKS || results.stream().anyMatch(r -> !(r instanceof Long v) || v != expected)) {
            throw new IllegalStateException("expected fib(" + n + ") = " + expected + " three times, got " + results);
        }
    }

    @Override
    public Map<String, Object> extras() {
        return Map.copyOf(extras);
    }
}
