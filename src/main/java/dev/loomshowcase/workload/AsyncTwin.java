package dev.loomshowcase.workload;

import dev.loomshowcase.engine.TaskRunner;
import dev.loomshowcase.engine.Workload;

import dev.loomshowcase.downstream.AsyncDownstream;
import dev.loomshowcase.engine.CellSpec;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A workload's async twin for {@code async@N} cells: the blocking workload's checks, extras and
 * life cycle, with one repetition run by the async variant instead. So an async cell is verified
 * exactly as the other cells of its scenario are.
 */
public final class AsyncTwin implements Workload {

    /** One repetition, written as async code; returns its results in the blocking tasks' order. */
    @FunctionalInterface
    public interface Repetition {
        List<Object> run() throws Exception;
    }

    /** The name of a workload's async twin, {@code <workload>-async}. */
    public static String nameOf(String workload) {
        return workload + "-async";
    }

    /**
     * The executor of an {@code async@N} cell: n platform threads (n = the cell's carriers), which also
     * run the HTTP client's completions, so async@N has as many threads as virtual@N has carriers.
     */
    public static ExecutorService executor(CellSpec spec) {
        return Executors.newFixedThreadPool(spec.carriers(), Thread.ofPlatform().name("async-", 0).daemon(true).factory());
    }

    /** The async downstream client of a cell, its completions run on {@code executor}. */
    public static AsyncDownstream downstream(CellSpec spec, ExecutorService executor) {
        return new AsyncDownstream(URI.create(spec.param("stubs")), Duration.ofSeconds(30), executor);
    }

    /** Closes the client, then stops its executor. */
    public static AutoCloseable closing(AsyncDownstream downstream, ExecutorService executor) {
        return () -> {
            downstream.close();
            executor.shutdownNow();
        };
    }

    private final Workload blocking;
    private final Repetition repetition;
    private final AutoCloseable resources;

    public AsyncTwin(Workload blocking, Repetition repetition, AutoCloseable resources) {
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
