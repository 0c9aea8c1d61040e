package dev.loomshowcase.scenes.yours;

import java.util.Arrays;

/**
 * The person's task threw. The message is all a reader needs, on one line: the exception's class
 * and message and the task's top frame; never a stack trace. The child JVM prints it (exit 1) and the
 * parent finds it again by {@link #MARKER}.
 */
public final class TaskFailedException extends RuntimeException {

    /** Starts every message, so the parent can pick the line out of a failed child's output. */
    public static final String MARKER = "your task failed: ";

    public TaskFailedException(String task, Throwable thrown) {
        super(MARKER + describe(task, thrown), null, false, false);
    }

    /** {@code acme.Boom threw java.lang.IllegalStateException: boom at acme.Boom.run(Boom.java:5)}. */
    static String describe(String task, Throwable thrown) {
        String message = thrown.getMessage() == null ? "" : ": " + thrown.getMessage().lines().findFirst().orElse("");
        StackTraceElement top = topFrame(thrown.getStackTrace());
        return task + " threw " + thrown.getClass().getName() + message + (top == null ? "" : " at " + frame(top));
    }

    /** {@code acme.Boom.run(Boom.java:5)}: the frame without its class loader's or module's name. */
    static String frame(StackTraceElement top) {
        String where = top.getFileName() == null ? "Unknown Source"
                : top.getLineNumber() > 0 ? top.getFileName() + ":" + top.getLineNumber() : top.getFileName();
        return top.getClassName() + "." + top.getMethodName() + "(" + where + ")";
    }

    /** The task's top frame: the first frame outside the JDK (reflection included), else the very first. */
    static StackTraceElement topFrame(StackTraceElement[] frames) {
        return Arrays.stream(frames)
                .filter(f -> !isJdk(f.getClassName()) && !f.getClassName().startsWith("dev.loomshowcase.workload.yours."))
                .findFirst()
                .orElse(frames.length == 0 ? null : frames[0]);
    }

    /** True for classes of the JDK itself. */
    public static boolean isJdk(String className) {
        return className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("sun.")
                || className.startsWith("javax.") || className.startsWith("com.sun.");
    }
}
