package dev.loomshowcase.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs tasks as async Java does: each a {@code CompletableFuture.supplyAsync} on an executor of n
 * platform threads (n = the cell's carriers), joined with {@code allOf}. A workload with waits in it
 * writes its own async variant ({@code sendAsync} composed with {@code thenCombine}); this runner
 * serves tasks that are CPU work only, which async code hands to such an executor too.
 */
final class AsyncRunner implements TaskRunner {

    private final int threads;

    AsyncRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("executor size must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    @Override
    public <T> List<T> runAll(List<? extends Callable<T>> tasks) throws Exception {
        try (ExecutorService executor = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("async-", 0).factory())) {
            List<CompletableFuture<T>> futures = new ArrayList<>(tasks.size());
            for (Callable<T> task : tasks) {
                futures.add(CompletableFuture.supplyAsync(() -> call(task), executor));
            }
            try {
                CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
            } catch (CompletionException e) {
                futures.forEach(f -> f.cancel(true));
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
            return futures.stream().map(CompletableFuture::join).toList();
        }
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }
}
