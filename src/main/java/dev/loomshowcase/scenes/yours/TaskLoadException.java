package dev.loomshowcase.scenes.yours;

/**
 * The task cannot be made: no such jar or class, no public no-argument constructor, neither a
 * Runnable nor a Callable. A usage error: the command prints the message as its one line, exit 2.
 */
public final class TaskLoadException extends Exception {

    public TaskLoadException(String message) {
        super(message, null, false, false);
    }
}
