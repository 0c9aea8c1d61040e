package dev.loomshowcase.stubs;

/** The stubs could not start (missing mappings, port in use...); the message is meant for users. */
public final class StubStartException extends RuntimeException {

    public StubStartException(String message) {
        super(message);
    }
}
