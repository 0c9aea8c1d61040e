package dev.loomshowcase.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Submits tasks to an executor and waits for all, unwrapping the first failure. */
final class Futures {

    private Futures() {
    }

    /**
     * Submits every task, then waits for each in order; on the first failure the remaining futures are
     * cancelled and the task's own exception is rethrown.
     */
    static <T> List<T> awaitAll(ExecutorService executor, List<? extends Callable<T>> tasks) throws Exception {
        List<Future<T>> futures = tasks.stream().map(executor::submit).toList();
        List<T> results = new ArrayList<>(futures.size());
        try {
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            throw e;
        }
    }
}
