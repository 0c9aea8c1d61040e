package dev.loomshowcase.scenes.mixed;

import dev.loomshowcase.engine.TaskRunner;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.workload.SeedVariants;
import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Mixed I/O + CPU: each task fetches a user's posts (one downstream wait), then hashes the body
 * {@code rounds} times (real CPU work on the response). The wait can overlap with other tasks' work
 * on one carrier; the hashing can only go faster with more carriers.
 */
public final class MixedWorkload implements Workload {

    public static final String NAME = "mixed";

    private final Downstream downstream;
    final int tasks;
    final int rounds;
    private final ThreadModel model;
    private final int carriers;

    /** A workload whose tasks a runner runs (no model picks a seed variant). */
    public MixedWorkload(Downstream downstream, int tasks, int rounds) {
        this(downstream, tasks, rounds, null, 1);
    }

    /** A workload that runs the {@link Mixed} variant written for {@code model}, sized by {@code carriers}. */
    public MixedWorkload(Downstream downstream, int tasks, int rounds, ThreadModel model, int carriers) {
        if (tasks < 1 || rounds < 1) {
            throw new IllegalArgumentException("mixed needs tasks >= 1 and rounds >= 1, got " + tasks + ", " + rounds);
        }
        this.downstream = downstream;
        this.tasks = tasks;
        this.rounds = rounds;
        this.model = model;
        this.carriers = carriers;
    }

    /** Builds the workload from a cell's {@code stubs}, {@code tasks} and {@code rounds} parameters. */
    public static MixedWorkload fromSpec(CellSpec spec) {
        URI stubs = URI.create(spec.param("stubs"));
        MixedParams params = MixedParams.ofCell(spec.params());
        return new MixedWorkload(new Downstream(stubs, Duration.ofSeconds(30)), params.tasks(), params.rounds(),
                spec.model(), spec.carriers());
    }

    /** The seed's variant for the cell's model; where the seed writes none, the model's runner over the same tasks. */
    @Override
    public List<Object> runRepetition(TaskRunner runner) throws Exception {
        if (model == null) {
            return runner.runAll(tasks());
        }
        return List.copyOf(new SeedVariants<List<?>>(() -> Mixed.sequential(downstream, tasks, rounds),
                () -> Mixed.structured(downstream, tasks, rounds),
                threads -> Mixed.fixedPool(downstream, tasks, rounds, threads),
                () -> Mixed.threadPerTask(downstream, tasks, rounds),
                byRunner -> byRunner.runAll(tasks()))
                .run(model, carriers));
    }

    /** For users 1..tasks: {@link Mixed#task}, a wait for the user's posts, then hashing them. */
    @Override
    public List<Callable<Object>> tasks() {
        List<Callable<Object>> list = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            long user = i + 1;
            list.add(() -> Mixed.task(downstream, user, rounds));
        }
        return list;
    }

    @Override
    public void verify(List<Object> results) {
        if (results.size() != tasks || results.stream().anyMatch(r -> !(r instanceof String s) || s.length() != 64)) {
            throw new IllegalStateException("mixed expected " + tasks + " SHA-256 digests, got " + results);
        }
    }

    @Override
    public Map<String, Object> extras() {
        return Map.of("tasks", tasks, "hashRounds", rounds);
    }

    @Override
    public void close() {
        downstream.close();
    }
}
