package dev.loomshowcase.scenes.yours;

/**
 * The person's task threw, or overran the cell's time limit, in a child JVM. The message is the one
 * line to print: what it threw and where, or the limit it overran; never a stack trace.
 */
public final class YourTaskException extends RuntimeException {

    public YourTaskException(String message) {
        super(message, null, false, false);
    }
}
