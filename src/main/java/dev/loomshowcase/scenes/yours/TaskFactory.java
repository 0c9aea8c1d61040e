package dev.loomshowcase.scenes.yours;

import java.util.concurrent.Callable;

/**
 * Makes independent copies of a person's task, one per element of a batch. A copy that throws
 * throws a {@link TaskFailedException} naming what it threw and where.
 */
public interface TaskFactory extends AutoCloseable {

    /** A fresh copy of the task. */
    Callable<Object> newTask();

    /** Releases what loading took (a class loader, an HTTP client). */
    @Override
    default void close() {
    }
}
