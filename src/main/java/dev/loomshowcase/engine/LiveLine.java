package dev.loomshowcase.engine;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A live event a child JVM prints on its stdout while its cell runs (a phase starting on a carrier,
 * requests in flight), one line each, prefixed by {@link #MARKER} as the final result line is by
 * {@link ChildReport#MARKER}. The parent forwards these lines as they appear (see
 * {@link ChildJvm#run(java.util.List, java.time.Duration, java.util.function.Consumer)}), so a live
 * view shows what the child measured while it runs, not replayed from its end.
 *
 * <p>A child prints them only when its cell asks ({@link #PARAM}): the dashboard asks, the terminal
 * commands do not, so their measurements carry no extra printing.
 */
public final class LiveLine {

    /** Prefix of every live line. */
    public static final String MARKER = "LOOM-SHOWCASE-LIVE ";
    /** The cell parameter (and run option) that asks a child for live lines. */
    public static final String PARAM = "live";

    /** True once this JVM emitted a live event (and so has a printer to drain). */
    private static volatile boolean printing;

    private LiveLine() {
    }

    /** True when this cell's child should print live lines. */
    public static boolean requested(CellSpec spec) {
        return "true".equals(spec.params().get(PARAM));
    }

    /** True when a run's parameters ask for live lines. */
    public static boolean requested(Map<String, String> params) {
        return "true".equals(params.get(PARAM));
    }

    /** Prints one event as a live line on this JVM's stdout, soon, without ever blocking the caller. */
    public static void emit(Map<String, Object> event) {
        Holder.PRINTER.offer(event);
    }

    /** Waits (at most {@code limit}) until every event emitted so far is printed: before the result line. */
    public static void drain(Duration limit) {
        if (printing) {
            Holder.PRINTER.drain(limit);
        }
    }

    /** The printer, created (with its thread) by the first event: a JVM that emits none has no printer. */
    private static final class Holder {
        static final LivePrinter PRINTER = start();

        private static LivePrinter start() {
            printing = true;
            return new LivePrinter(System.out);
        }
    }

    /** The event of a live line, or empty for any other line (including an unreadable live line). */
    public static Optional<Map<String, Object>> parse(String line) {
        if (line == null || !line.startsWith(MARKER)) {
            return Optional.empty();
        }
        try {
            Map<String, Object> event = Json.mapper().readValue(line.substring(MARKER.length()),
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
            return Optional.ofNullable(event);
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
