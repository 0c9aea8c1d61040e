package dev.loomshowcase.engine;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs a batch of independent tasks and returns their results in task order.
 *
 * <p>One interface in front of the competing thread models, so that the cells of a scenario differ
 * at exactly one point: how the same tasks are scheduled. Implementations must propagate the first
 * failure and must not leave any thread running after {@link #runAll} returns or throws.
 */
public interface TaskRunner {

    /**
     * Runs every task and waits for all of them.
     *
     * @throws Exception the first failure of a task (unwrapped where the model wraps it)
     */
    <T> List<T> runAll(List<? extends Callable<T>> tasks) throws Exception;
}
