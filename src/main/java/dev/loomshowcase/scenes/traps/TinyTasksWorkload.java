package dev.loomshowcase.scenes.traps;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

/**
 * Many tiny tasks: each sums a short run of numbers, far less work than starting a thread for it.
 * Run one by one they cost almost nothing; given a thread each, the threads cost more than the work.
 */
public final class TinyTasksWorkload implements Workload {

    public static final String NAME = "trap-tiny";

    private final int tasks;
    private final int size;
    private final String experiment;

    TinyTasksWorkload(int tasks, int size, String experiment) {
        this.tasks = tasks;
        this.size = size;
        this.experiment = experiment;
    }

    public static Workload fromSpec(CellSpec spec) {
        return new TinyTasksWorkload(Integer.parseInt(spec.param("tasks")), Integer.parseInt(spec.param("size")),
                spec.params().getOrDefault("experiment", NAME));
    }

    @Override
    public List<Callable<Object>> tasks() {
        return IntStream.range(0, tasks).<Callable<Object>>mapToObj(i -> () -> sum(i, size)).toList();
    }

    public static long sum(int from, int count) {
        long total = 0;
        for (int n = from; n < from + count; n++) {
            total += n;
        }
        return total;
    }

    @Override
    public void verify(List<Object> results) {
        for (int i = 0; i < results.size(); i += Math.max(1, tasks / 10)) {
            long expected = (long) size * i + (long) size * (size - 1) / 2;
            if (!Long.valueOf(expected).equals(results.get(i))) {
                throw new IllegalStateException("task " + i + " summed " + results.get(i) + ", expected " + expected);
            }
        }
    }

    @Override
    public Map<String, Object> extras() {
        return Map.of("experiment", experiment, "tasks", tasks, "numbersPerTask", size);
    }
}
