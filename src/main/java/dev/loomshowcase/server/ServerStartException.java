package dev.loomshowcase.server;

/** The server could not listen; the message is one line naming the address and the reason. */
public final class ServerStartException extends RuntimeException {

    public ServerStartException(String message) {
        super(message);
    }
}
