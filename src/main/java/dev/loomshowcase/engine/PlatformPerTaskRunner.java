package dev.loomshowcase.engine;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Starts a new platform (OS) thread per task; the OS time-slices them over the cores. */
final class PlatformPerTaskRunner implements TaskRunner {

    @Override
    public <T> List<T> runAll(List<? extends Callable<T>> tasks) throws Exception {
        try (ExecutorService perTask = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("task-", 0).factory())) {
            return Futures.awaitAll(perTask, tasks);
        }
    }
}
