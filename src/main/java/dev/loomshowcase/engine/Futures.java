package dev.loomshowcase.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Submits tasks to an executor and waits for all, in completion order, so that the first failure
 * is seen as soon as it happens (not after the slower tasks submitted before it).
 */
final class Futures {

    private Futures() {
    }

    /**
     * Runs every task; on the first failure the others are cancelled (interrupted) and the task's
     * own exception is rethrown. Results come back in task order.
     */
    static <T> List<T> awaitAll(ExecutorService executor, List<? extends Callable<T>> tasks) throws Exception {
        var completion = new ExecutorCompletionService<T>(executor);
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        tasks.forEach(task -> futures.add(completion.submit(task)));
        try {
            for (int done = 0; done < futures.size(); done++) {
                completion.take().get();
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            throw e;
        }
        List<T> results = new ArrayList<>(futures.size());
        for (Future<T> future : futures) {
            results.add(future.resultNow());
        }
        return results;
    }
}
