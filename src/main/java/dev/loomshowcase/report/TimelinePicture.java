package dev.loomshowcase.report;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.observe.Lane;
import dev.loomshowcase.observe.PhaseEvent;

import java.util.List;
import java.util.Locale;

/**
 * The timeline scene drawn from its result: each measured cell's recorded phases as carrier lanes and
 * task lanes in the terminal, or as an SVG image. The scenario yields the events; drawing them is the
 * report's job, so the scenario imports no renderer.
 */
public final class TimelinePicture {

    private TimelinePicture() {
    }

    /** The lanes of every measured cell, then the lanes' real thread names. */
    public static String render(ScenarioResult result) {
        StringBuilder out = new StringBuilder();
        for (CellResult cell : result.cells()) {
            if (cell.wallMs() == null) {
                continue;
            }
            List<PhaseEvent> events = events(cell);
            List<Lane> carriers = Lane.byCarrier(events);
            out.append('\n').append(heading(cell, carriers.size())).append('\n');
            out.append(LaneRenderer.carriers(carriers, LaneRenderer.DEFAULT_WIDTH));
            out.append("  the same run, task by task (~ = waiting, off any carrier; . = ready, no carrier free):\n");
            out.append(LaneRenderer.tasks(Lane.byTask(events), LaneRenderer.DEFAULT_WIDTH));
        }
        out.append("\n[X1==] = a CPU phase, as long as it ran; - = lane idle. The lanes' real threads:\n");
        out.append(carrierNames(result));
        return out.toString();
    }

    /** The SVG of every measured cell's carrier lanes. */
    public static String svg(ScenarioResult result) {
        List<LaneSvg.Block> blocks = result.cells().stream().filter(c -> c.wallMs() != null)
                .map(c -> new LaneSvg.Block(String.format(Locale.ROOT, "%s (%.0f ms)", c.label(), c.wallMs().median()),
                        Lane.byCarrier(events(c))))
                .toList();
        return LaneSvg.render(blocks);
    }

    private static String heading(CellResult cell, int lanes) {
        String how = cell.model() == ThreadModel.SEQUENTIAL ? "one platform thread, one task after another"
                : "virtual threads, " + cell.carriers() + " carrier(s) allowed, " + lanes + " used";
        return String.format(Locale.ROOT, "== %s: %s, %.0f ms ==", cell.label(), how, cell.wallMs().median());
    }

    private static String carrierNames(ScenarioResult result) {
        return result.cells().stream().filter(c -> c.model() == ThreadModel.VIRTUAL && c.wallMs() != null)
                .flatMap(c -> Lane.byCarrier(events(c)).stream()
                        .map(l -> "  " + c.label() + ", lane " + l.label().replaceAll("\\D", "") + " = " + l.source() + "\n"))
                .reduce("", String::concat);
    }

    private static List<PhaseEvent> events(CellResult cell) {
        return cell.extra(PhaseEvent.EXTRA, PhaseEvent.LIST);
    }
}
