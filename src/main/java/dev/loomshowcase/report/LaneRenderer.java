package dev.loomshowcase.report;

import dev.loomshowcase.observe.Lane;
import dev.loomshowcase.observe.PhaseEvent;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Draws lanes in the terminal like the seed's diagram, to scale:
 * {@code Carrier 0: [A1=====][C1=====][A2=====]--}. One column is a fixed slice of time, so a
 * phase's width is its measured duration and a gap is time the carrier was idle.
 */
public final class LaneRenderer {

    /** Columns of the time axis: with the label, a lane fits 80 columns. */
    public static final int DEFAULT_WIDTH = 64;
    static final char IDLE = '-';
    static final char READY = '.';
    static final char WAITING = '~';

    private LaneRenderer() {
    }

    /** Carrier lanes: phases on a background of idle time ({@code -}), then a time axis. */
    public static String carriers(List<Lane> lanes, int width) {
        return render(lanes, width, IDLE);
    }

    /** Task lanes: phases, waits ({@code ~}, off any carrier), and time ready but not running ({@code .}). */
    public static String tasks(List<Lane> lanes, int width) {
        return render(lanes, width, READY);
    }

    static String render(List<Lane> lanes, int width, char background) {
        if (lanes.isEmpty()) {
            return "(no phases were recorded)\n";
        }
        double origin = lanes.stream().flatMap(l -> l.phases().stream()).mapToDouble(PhaseEvent::startMs).min().orElse(0);
        double end = lanes.stream().flatMap(l -> l.phases().stream()).mapToDouble(PhaseEvent::endMs).max().orElse(1);
        double msPerColumn = Math.max(end - origin, 1e-3) / width;
        int labelWidth = lanes.stream().mapToInt(l -> l.label().length()).max().orElse(0) + 1;
        StringBuilder out = new StringBuilder();
        for (Lane lane : lanes) {
            out.append(String.format(Locale.ROOT, "%-" + labelWidth + "s ", lane.label() + ":"))
                    .append(row(lane, origin, msPerColumn, width, background)).append('\n');
        }
        out.append(axis(labelWidth + 1, width, end - origin, msPerColumn));
        return out.toString();
    }

    /** One lane's characters: each phase drawn over the columns its measured times cover. */
    static String row(Lane lane, double origin, double msPerColumn, int width, char background) {
        char[] cells = new char[width];
        Arrays.fill(cells, background);
        for (PhaseEvent phase : lane.phases()) {
            int from = Math.min(width - 1, (int) Math.floor((phase.startMs() - origin) / msPerColumn));
            int to = Math.min(width, Math.max(from + 1, (int) Math.round((phase.endMs() - origin) / msPerColumn)));
            draw(cells, from, to, phase);
        }
        return new String(cells);
    }

    private static void draw(char[] cells, int from, int to, PhaseEvent phase) {
        int length = to - from;
        if (!phase.isCpu()) {
            Arrays.fill(cells, from, to, WAITING);
            return;
        }
        String label = phase.phase();
        String text;
        if (length >= label.length() + 2) {
            text = "[" + label + "=".repeat(length - label.length() - 2) + "]";
        } else {
            text = (label + "=".repeat(length)).substring(0, length);
        }
        text.getChars(0, length, cells, from);
    }

    private static String axis(int indent, int width, double spanMs, double msPerColumn) {
        String right = String.format(Locale.ROOT, "%.0f ms", spanMs);
        String scale = String.format(Locale.ROOT, "(1 column = %.1f ms)", msPerColumn);
        String left = "0 ms " + scale;
        int gap = Math.max(1, width - left.length() - right.length());
        return " ".repeat(indent) + left + " ".repeat(gap) + right + "\n";
    }
}
