package dev.loomshowcase.engine;

/** A child JVM that exited badly, overran its time limit, or printed no result. The message says which. */
public final class ChildJvmException extends Exception {

    /** What went wrong with the child. */
    public enum Kind { EXIT, TIMEOUT, NO_RESULT, START }

    private final Kind kind;

    public ChildJvmException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
