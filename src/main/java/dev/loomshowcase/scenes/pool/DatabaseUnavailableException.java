package dev.loomshowcase.scenes.pool;

/** The database a user named cannot be reached or is not supported; its message is the one line shown. */
public final class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message) {
        super(message);
    }
}
