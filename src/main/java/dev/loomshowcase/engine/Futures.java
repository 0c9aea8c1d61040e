package dev.loomshowcase.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Submits tasks to an executor and waits for all of them, or for the first failure.
 *
 * <p>The waiting thread wakes once: when the last task ends or the first one fails. (Waiting on
 * each future in turn would miss an early failure behind a slow task; waiting for completions one by
 * one would wake the caller once per task, a third runnable thread on a 2-core machine that
 * measurably slows a pool of short CPU tasks.) This is how a StructuredTaskScope joins, so the
 * thread models differ in how tasks run, not in how they are awaited.
 */
final class Futures {

    private Futures() {
    }

    /**
     * Runs every task; on the first failure the others are cancelled (interrupted) and the task's
     * own exception is rethrown. Results come back in task order.
     */
    static <T> List<T> awaitAll(ExecutorService executor, List<? extends Callable<T>> tasks) throws Exception {
        CountDownLatch settled = new CountDownLatch(tasks.size());
        AtomicReference<Exception> firstFailure = new AtomicReference<>();
        List<Future<T>> futures = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            futures.add(executor.submit(() -> callAndCount(task, settled, firstFailure)));
        }
        try {
            settled.await();
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            throw e;
        }
        Exception failure = firstFailure.get();
        if (failure != null) {
            futures.forEach(f -> f.cancel(true));
            throw failure;
        }
        List<T> results = new ArrayList<>(futures.size());
        for (Future<T> future : futures) {
            results.add(future.get()); // each task has returned; its future completes just after
        }
        return results;
    }

    /** Calls the task; the first failure releases the waiter at once, any other end counts one down. */
    private static <T> T callAndCount(Callable<T> task, CountDownLatch settled,
                                      AtomicReference<Exception> firstFailure) throws Exception {
        try {
            return task.call();
        } catch (Exception e) {
            if (firstFailure.compareAndSet(null, e)) {
                while (settled.getCount() > 0) {
                    settled.countDown();
                }
            }
            throw e;
        } finally {
            settled.countDown();
        }
    }
}
