package dev.loomshowcase.engine;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs tasks on a fixed pool of platform threads, one thread per carrier: the classic bounded pool,
 * and the platform-thread equivalent of {@code GOMAXPROCS(n)}.
 */
final class PlatformPoolRunner implements TaskRunner {

    private final int size;

    PlatformPoolRunner(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, was " + size);
        }
        this.size = size;
    }

    @Override
    public <T> List<T> runAll(List<? extends Callable<T>> tasks) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(size, Thread.ofPlatform().name("pool-", 0).factory())) {
            return Futures.awaitAll(pool, tasks);
        }
    }
}
