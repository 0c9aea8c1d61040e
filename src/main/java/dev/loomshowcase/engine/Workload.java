package dev.loomshowcase.engine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The work a cell measures, independent of how it is scheduled.
 *
 * <p>A workload hands out the tasks of one repetition; a {@link TaskRunner} decides how they run.
 * Keeping the two apart is what makes the cells of a scenario comparable.
 */
public interface Workload extends AutoCloseable {

    /** Fresh tasks for one repetition. */
    List<Callable<Object>> tasks();

    /**
     * Runs one repetition and returns its results. By default the cell's {@link TaskRunner} runs
     * {@link #tasks()}; a workload whose variants are written out by hand (the seed ports, where
     * the code shown is the code measured) overrides this and picks its own variant for the cell's
     * thread model, so the runner only stands for the model.
     */
    default List<Object> runRepetition(TaskRunner runner) throws Exception {
        return runner.runAll(tasks());
    }

    /** Checks one repetition's results, throwing when the work went wrong (so a broken run never counts). */
    default void verify(List<Object> results) {
    }

    /**
     * Called once, after the last warm-up and before the first measured repetition, so that a
     * workload recording its own measurements (latencies, counters) leaves the warm-ups out.
     */
    default void beginMeasurement() {
    }

    /** Workload-specific measurements to report with the cell (e.g. throughput); empty by default. */
    default Map<String, Object> extras() {
        return Map.of();
    }

    @Override
    default void close() {
    }
}
