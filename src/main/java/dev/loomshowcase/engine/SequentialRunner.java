package dev.loomshowcase.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Runs tasks one after another on the calling thread: no concurrency, no parallelism. */
final class SequentialRunner implements TaskRunner {

    @Override
    public <T> List<T> runAll(List<? extends Callable<T>> tasks) throws Exception {
        List<T> results = new ArrayList<>(tasks.size());
        for (Callable<T> task : tasks) {
            results.add(task.call());
        }
        return results;
    }
}
