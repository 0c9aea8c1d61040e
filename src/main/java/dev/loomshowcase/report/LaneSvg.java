package dev.loomshowcase.report;

import dev.loomshowcase.observe.Lane;
import dev.loomshowcase.observe.PhaseEvent;

import java.util.List;
import java.util.Locale;

/**
 * The timeline's lanes as an SVG image, for the report: one block of lanes per measured carrier
 * count, each phase a rectangle as wide as its measured duration, coloured by task.
 */
public final class LaneSvg {

    private static final int LABEL_WIDTH = 120;
    private static final int PLOT_WIDTH = 720;
    private static final int LANE_HEIGHT = 26;
    private static final int TITLE_HEIGHT = 28;
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948"};

    private LaneSvg() {
    }

    /** One titled block of carrier lanes. */
    public record Block(String title, List<Lane> lanes) {
    }

    /** The whole image: the blocks one under the other, sharing one time scale. */
    public static String render(List<Block> blocks) {
        double span = blocks.stream().flatMap(b -> b.lanes().stream()).flatMap(l -> l.phases().stream())
                .mapToDouble(PhaseEvent::endMs).max().orElse(1);
        int height = blocks.stream().mapToInt(b -> TITLE_HEIGHT + LANE_HEIGHT * b.lanes().size()).sum() + 30;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"monospace\" font-size=\"12\">%n",
                LABEL_WIDTH + PLOT_WIDTH + 20, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        int y = 0;
        for (Block block : blocks) {
            svg.append(text(4, y + 18, escape(block.title()), "bold"));
            y += TITLE_HEIGHT;
            for (Lane lane : block.lanes()) {
                svg.append(text(4, y + 17, escape(lane.label()), "normal"));
                svg.append(String.format(Locale.ROOT,
                        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>%n",
                        LABEL_WIDTH, y + 13, LABEL_WIDTH + PLOT_WIDTH, y + 13));
                for (PhaseEvent p : lane.phases()) {
                    svg.append(phase(p, y, span));
                }
                y += LANE_HEIGHT;
            }
        }
        svg.append(text(LABEL_WIDTH, y + 20, "0 ms", "normal"));
        svg.append(text(LABEL_WIDTH + PLOT_WIDTH - 70, y + 20, String.format(Locale.ROOT, "%.0f ms", span), "normal"));
        return svg.append("</svg>\n").toString();
    }

    private static String phase(PhaseEvent p, int y, double span) {
        double x = LABEL_WIDTH + p.startMs() / span * PLOT_WIDTH;
        double w = Math.max(1, p.durationMs() / span * PLOT_WIDTH);
        String colour = COLOURS[Math.floorMod(p.task().hashCode(), COLOURS.length)];
        return String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"18\" rx=\"3\" fill=\"%s\"><title>%s on %s: %.1f..%.1f ms</title></rect>%n",
                x, y + 4, w, colour, escape(p.phase()), escape(String.valueOf(p.carrier())), p.startMs(), p.endMs())
                + text((int) x + 3, y + 17, escape(p.phase()), "normal").replace("<text ", "<text fill=\"white\" ");
    }

    private static String text(int x, int y, String content, String weight) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"%s\">%s</text>%n", x, y, weight, content);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
