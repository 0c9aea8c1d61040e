package dev.loomshowcase.engine;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * Forks one virtual thread per task in a {@link StructuredTaskScope} (JEP 505) and joins them all.
 *
 * <p>The default joiner fails the scope on the first failure and cancels the siblings, so a failing
 * task ends the batch at once; closing the scope guarantees that no forked thread outlives the call.
 */
final class StructuredVirtualRunner implements TaskRunner {

    @Override
    public <T> List<T> runAll(List<? extends Callable<T>> tasks) throws Exception {
        try (var scope = StructuredTaskScope.open()) {
            List<Subtask<T>> subtasks = tasks.stream().map(scope::fork).toList();
            join(scope);
            return subtasks.stream().map(Subtask::get).toList();
        }
    }

    /** Joins the scope, rethrowing the first task's own exception rather than the scope's wrapper. */
    static void join(StructuredTaskScope<?, ?> scope) throws Exception {
        try {
            scope.join();
        } catch (StructuredTaskScope.FailedException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
