package dev.loomshowcase.scenes.traps;

import dev.loomshowcase.workload.CpuBurner;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * N equal CPU-bound tasks, each a fixed number of loop iterations ({@link CpuBurner#burn}): the same
 * amount of work in every cell, whatever the thread model or carrier count, so wall times compare.
 */
public final class CpuTasksWorkload implements Workload {

    public static final String NAME = "trap-cpu";

    private final int tasks;
    private final long iterations;
    private final String experiment;

    CpuTasksWorkload(int tasks, long iterations, String experiment) {
        this.tasks = tasks;
        this.iterations = iterations;
        this.experiment = experiment;
    }

    public static Workload fromSpec(CellSpec spec) {
        return new CpuTasksWorkload(Integer.parseInt(spec.param("tasks")), Long.parseLong(spec.param("iterations")),
                spec.params().getOrDefault("experiment", NAME));
    }

    @Override
    public List<Callable<Object>> tasks() {
        return Collections.nCopies(tasks, () -> CpuBurner.burn(iterations));
    }

    @Override
    public void verify(List<Object> results) {
        if (results.size() != tasks || results.stream().distinct().count() != 1) {
            throw new IllegalStateException("expected " + tasks + " equal results, got " + results.size());
        }
    }

    @Override
    public Map<String, Object> extras() {
        return Map.of("experiment", experiment, "tasks", tasks, "iterationsPerTask", iterations);
    }
}
