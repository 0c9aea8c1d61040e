package dev.loomshowcase.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The baseline's fan-out: the calls of every request share one fixed pool of platform threads,
 * created once with the server, as a pooled service without Loom would do it (no thread is started
 * per request). The first failure or the deadline cancels the calls still running.
 */
final class PoolFanOut implements FanOut {

    private final ExecutorService pool;
    private final Duration deadline;

    /** @param threads pool size: enough for every call of every request a request pool can hold */
    PoolFanOut(int threads, Duration deadline) {
        this(Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("baseline-call-", 0).daemon(true).factory()), deadline);
    }

    /** Runs the calls on {@code executor}, owned from now on: a new platform thread per call for the per-request rival. */
    PoolFanOut(ExecutorService executor, Duration deadline) {
        this.pool = executor;
        this.deadline = deadline;
    }

    @Override
    public List<String> all(String name, List<Callable<String>> calls)
            throws ExecutionException, TimeoutException, InterruptedException {
        var done = new ExecutorCompletionService<String>(pool);
        List<Future<String>> futures = new ArrayList<>();
        try {
            calls.forEach(call -> futures.add(done.submit(call)));
            long end = System.nanoTime() + deadline.toNanos();
            for (int i = 0; i < calls.size(); i++) {
                Future<String> next = done.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (next == null) {
                    throw new TimeoutException("past " + deadline.toMillis() + " ms");
                }
                next.get(); // throws the first failure
            }
            List<String> answers = new ArrayList<>();
            for (Future<String> future : futures) {
                answers.add(future.resultNow());
            }
            return answers;
        } finally {
            futures.forEach(future -> future.cancel(true));
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
