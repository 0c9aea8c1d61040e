package dev.loomshowcase.scenario;

/** The downstream stubs could not be reached; the message is meant for users. */
public final class StubsUnavailableException extends RuntimeException {

    public StubsUnavailableException(String message) {
        super(message);
    }
}
