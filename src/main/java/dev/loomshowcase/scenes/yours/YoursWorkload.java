package dev.loomshowcase.scenes.yours;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.TaskRunner;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Workload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A batch of {@code tasks} independent copies of a person's own task (see {@link TaskSource}), loaded
 * in the cell's child JVM by a class loader over the person's class path.
 *
 * <p>The loader is also made the main thread's context class loader, so the threads each model
 * starts (they inherit it) see the person's classes as their own code would expect.
 */
public final class YoursWorkload implements Workload {

    public static final String NAME = "yours";
    /** The cell parameter holding the batch size. */
    public static final String TASKS = "tasks";
    /** The cell parameter holding the limit of one HTTP GET, in ms. */
    public static final String HTTP_TIMEOUT_MS = "httpTimeoutMs";

    /** The extra of the sequential cell: median ms its thread waited for a core per measured repetition. */
    public static final String RUN_QUEUE_MS = "runQueueMs";

    private final TaskFactory factory;
    private final int tasks;
    private final boolean onCallingThread;
    private final List<Long> runQueueWaits = new ArrayList<>();

    /**
     * @param onCallingThread true when the cell's runner runs the tasks on the calling thread (the
     *                        sequential model), so that thread's wait for a core is the batch's
     */
    public YoursWorkload(TaskFactory factory, int tasks, boolean onCallingThread) {
        if (tasks < 1) {
            throw new IllegalArgumentException("a batch needs at least 1 task, was " + tasks);
        }
        this.factory = factory;
        this.tasks = tasks;
        this.onCallingThread = onCallingThread;
    }

    /** Loads the task a cell's parameters name; a task that cannot be loaded fails the cell in one line. */
    public static YoursWorkload fromSpec(CellSpec spec) {
        TaskSource source = TaskSource.fromParams(spec.params());
        Duration timeout = Duration.ofMillis(Long.parseLong(spec.params().getOrDefault(HTTP_TIMEOUT_MS, "60000")));
        try {
            TaskFactory factory = TaskLoader.load(source, timeout);
            if (factory instanceof TaskLoader.Reflective reflective) {
                Thread.currentThread().setContextClassLoader(reflective.loader());
            }
            return new YoursWorkload(factory, Integer.parseInt(spec.param(TASKS)), spec.model() == ThreadModel.SEQUENTIAL);
        } catch (TaskLoadException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    @Override
    public List<Callable<Object>> tasks() {
        List<Callable<Object>> batch = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            batch.add(factory.newTask());
        }
        return batch;
    }

    /** Runs the batch; on the calling thread, also notes how long that thread waited for a core. */
    @Override
    public List<Object> runRepetition(TaskRunner runner) throws Exception {
        long before = onCallingThread ? RunQueueClock.waitedNanos() : -1;
        try {
            return runner.runAll(tasks());
        } finally {
            long after = before < 0 ? -1 : RunQueueClock.waitedNanos();
            if (after >= 0) {
                runQueueWaits.add(after - before);
            }
        }
    }

    @Override
    public void beginMeasurement() {
        runQueueWaits.clear();
    }

    @Override
    public Map<String, Object> extras() {
        if (runQueueWaits.isEmpty()) {
            return Map.of();
        }
        double median = Stats.of(runQueueWaits.stream().map(n -> n / 1e6).toList()).median();
        return Map.of(RUN_QUEUE_MS, Math.round(median * 10) / 10.0);
    }

    @Override
    public void close() {
        factory.close();
    }
}
