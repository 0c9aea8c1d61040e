package dev.loomshowcase.server;

/**
 * The JSON body of every error the aggregator answers, e.g.
 * {@code {"status":502,"error":"downstream-failed","message":"GET /posts?userId=500 answered 500"}}.
 */
public record ErrorBody(int status, String error, String message) {

    static ErrorBody of(AggregateFailure failure) {
        return new ErrorBody(failure.status(), failure.error(), failure.getMessage());
    }
}
