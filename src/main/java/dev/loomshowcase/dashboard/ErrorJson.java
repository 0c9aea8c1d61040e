package dev.loomshowcase.dashboard;

/**
 * The JSON body of every refusal, e.g.
 * {@code {"status":409,"error":"busy","message":"timeline is running (cell 2 of 3); wait for it or stop it"}}.
 */
record ErrorJson(int status, String error, String message) {
}
