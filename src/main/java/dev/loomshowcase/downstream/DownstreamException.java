package dev.loomshowcase.downstream;

import java.io.IOException;

/** A downstream service answered, but not with success; carries the status for mapping to our own. */
public final class DownstreamException extends IOException {

    private final int status;

    public DownstreamException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
