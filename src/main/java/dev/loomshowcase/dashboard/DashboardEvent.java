package dev.loomshowcase.dashboard;

/**
 * One server-sent event of the dashboard's stream: its number (the SSE {@code id:} field, rising
 * through the dashboard's life, so a page that reconnects asks only for what it missed), its name
 * (the {@code event:} field, e.g. {@code cell}, {@code lane}, {@code run-end}) and its data as one line of JSON.
 */
record DashboardEvent(long id, String name, String json) {
}
