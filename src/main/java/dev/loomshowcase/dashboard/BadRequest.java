package dev.loomshowcase.dashboard;

/** A request the dashboard refuses with 400 and the message as a JSON error: an unknown scenario, a bad option. */
final class BadRequest extends Exception {

    BadRequest(String message) {
        super(message);
    }
}
