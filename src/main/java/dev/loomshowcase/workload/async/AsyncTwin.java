package dev.loomshowcase.workload.async;

import dev.loomshowcase.engine.TaskRunner;
import dev.loomshowcase.engine.Workload;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A workload's async twin for {@code async@N} cells: the blocking workload's checks, extras and
 * life cycle, with one repetition run by the async variant instead. So an async cell is verified
 * exactly as the other cells of its scenario are.
 */
final class AsyncTwin implements Workload {

    /** One repetition, written as async code; returns its results in the blocking tasks' order. */
    @FunctionalInterface
    interface Repetition {
        List<Object> run() throws Exception;
    }

    private final Workload blocking;
    private final Repetition repetition;
    private final AutoCloseable resources;

    AsyncTwin(Workload blocking, Repetition repetition, AutoCloseable resources) {
        this.blocking = blocking;
        this.repetition = repetition;
        this.resources = resources;
    }

    @Override
    public List<Callable<Object>> tasks() {
        return blocking.tasks();
    }

    @Override
    public List<Object> runRepetition(TaskRunner runner) throws Exception {
        return repetition.run();
    }

    @Override
    public void verify(List<Object> results) {
        blocking.verify(results);
    }

    @Override
    public void beginMeasurement() {
        blocking.beginMeasurement();
    }

    @Override
    public Map<String, Object> extras() {
        return blocking.extras();
    }

    @Override
    public void close() {
        try {
            if (resources != null) {
                resources.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("closing the async variant failed: " + e.getMessage(), e);
        } finally {
            blocking.close();
        }
    }
}
