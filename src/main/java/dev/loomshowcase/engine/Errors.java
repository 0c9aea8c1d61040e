package dev.loomshowcase.engine;

/** Turns exceptions into the one-line messages users read, without stack traces. */
public final class Errors {

    private Errors() {
    }

    /** The innermost useful message of a throwable chain, prefixed by its type when the message is bare. */
    public static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root
                && (root.getMessage() == null || root instanceof java.util.concurrent.ExecutionException
                    || root instanceof java.util.concurrent.StructuredTaskScope.FailedException)) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String type = root.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
