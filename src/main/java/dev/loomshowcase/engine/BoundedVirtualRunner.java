package dev.loomshowcase.engine;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * One virtual thread per task, but at most {@code bound} of them inside a task at once: the Go
 * tutorial's fix ("bound concurrency to NumCPU") written with a semaphore.
 */
final class BoundedVirtualRunner implements TaskRunner {

    private final int bound;

    BoundedVirtualRunner(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be at least 1, was " + bound);
        }
        this.bound = bound;
    }

    @Override
    public <T> List<T> runAll(List<? extends Callable<T>> tasks) throws Exception {
        Semaphore permits = new Semaphore(bound);
        try (var scope = StructuredTaskScope.open()) {
            List<Subtask<T>> subtasks = tasks.stream()
                    .map(task -> scope.fork(() -> callWithPermit(permits, task)))
                    .toList();
            StructuredVirtualRunner.join(scope);
            return subtasks.stream().map(Subtask::get).toList();
        }
    }

    private static <T> T callWithPermit(Semaphore permits, Callable<T> task) throws Exception {
        permits.acquire();
        try {
            return task.call();
        } finally {
            permits.release();
        }
    }
}
