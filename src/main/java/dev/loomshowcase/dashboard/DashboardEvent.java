package dev.loomshowcase.dashboard;

/**
 * One server-sent event of the dashboard's stream: its name (the SSE {@code event:} field, e.g.
 * {@code cell}, {@code lane}, {@code run-end}) and its data as one line of JSON.
 */
record DashboardEvent(String name, String json) {
}
