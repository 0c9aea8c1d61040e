package dev.loomshowcase.workload;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The seed's {@code calculateAll}: fib(n) computed three times, as three independent tasks. Pure
 * CPU: every cell (the sequential baseline included) does exactly this work, only scheduled apart.
 */
public final class CalculateAllWorkload implements Workload {

    public static final String NAME = "calculate-all";
    /** The seed computes fib three times. */
    public static final int TASKS = 3;

    private final int n;
    private final long expected;
    private final Map<String, Object> extras;

    public CalculateAllWorkload(int n, String nSource) {
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
        return new CalculateAllWorkload(Integer.parseInt(spec.param("n")), spec.params().get("nSource"));
    }

    @Override
    public List<Callable<Object>> tasks() {
        Callable<Object> call = () -> Fibonacci.recursive(n);
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
