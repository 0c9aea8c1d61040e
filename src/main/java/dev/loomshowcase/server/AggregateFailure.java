package dev.loomshowcase.server;

/**
 * Why an aggregate could not be answered, already decided as the HTTP status the client gets.
 *
 * <p>Thrown by {@link Aggregator} and turned into a JSON error body by {@link AggregateService}: the
 * status is chosen where the cause is known (a downstream 404, a failed sibling, a deadline), not
 * guessed later from an exception type.
 *
 * @see ErrorBody
 */
public final class AggregateFailure extends Exception {

    private final int status;
    private final String error;

    /**
     * @param status  HTTP status to answer (400, 404, 502, 504)
     * @param error   short machine-readable kind, e.g. {@code downstream-failed}
     * @param message one line for humans
     */
    public AggregateFailure(int status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
