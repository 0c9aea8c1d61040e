package dev.loomshowcase.server;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * How the downstream calls of one request run at the same time: in a {@code StructuredTaskScope} of
 * virtual threads ({@link ScopeFanOut}, the showcase), or on a shared pool of platform threads
 * ({@link PoolFanOut}, the baseline, as a pooled service would do it without Loom).
 */
interface FanOut extends AutoCloseable {

    /**
     * Runs {@code calls} concurrently and returns their answers in order. The first failure cancels
     * the others; so does the deadline.
     *
     * @throws ExecutionException   with the first failure as its cause
     * @throws TimeoutException     when the deadline passed first
     */
    List<String> all(String name, List<Callable<String>> calls)
            throws ExecutionException, TimeoutException, InterruptedException;

    @Override
    void close();
}
