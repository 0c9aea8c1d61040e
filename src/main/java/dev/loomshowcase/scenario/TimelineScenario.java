package dev.loomshowcase.scenario;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.loomshowcase.cli.Main;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.observe.PhaseEvent;
import dev.loomshowcase.report.Lane;
import dev.loomshowcase.report.LaneRenderer;
import dev.loomshowcase.report.LaneSvg;
import dev.loomshowcase.seed.Timeline;
import dev.loomshowcase.workload.TimelineWorkload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The seed's timeline: four tasks A, B, C, D, each "CPU, wait, CPU", drawn lane by lane from the
 * carriers that really ran them.
 *
 * <p>Hypothesis (seed): on two cores, A and B run in parallel first, then C and D; four tasks are
 * concurrent, but only two execute at any moment. Here: on 2 carriers two CPU phases overlap at
 * most; on 1 carrier the same four tasks interleave on a single lane (concurrency without
 * parallelism), and the waits still overlap, so even 1 carrier beats running the tasks one by one.
 *
 * <p>Run it alone: {@code scripts/showcase timeline}, or this class's {@code main}.
 */
public final class TimelineScenario implements Scene {

    static final TypeReference<List<PhaseEvent>> EVENTS = new TypeReference<>() { };

    @Override
    public String name() {
        return TimelineWorkload.NAME;
    }

    @Override
    public String title() {
        return "timeline: tasks A-D (CPU, wait, CPU) and the carriers that ran them";
    }

    @Override
    public String hypothesis() {
        return Timeline.HYPOTHESIS;
    }

    @Override
    public boolean needsStubs() {
        return false;
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        boolean quick = options.mode() == RunMode.QUICK;
        Map<String, String> params = Map.of(
                "cpuMs", options.params().getOrDefault("cpuMs", quick ? "40" : "120"),
                "waitMs", options.params().getOrDefault("waitMs", quick ? "30" : "80"));
        int reps = quick ? 1 : options.mode().repetitions();
        int warmups = quick ? 0 : 1;
        List<CellSpec> cells = new ArrayList<>();
        cells.add(new CellSpec(name(), ThreadModel.SEQUENTIAL, 1, warmups, reps, params));
        for (int carriers : options.carriers()) {
            cells.add(new CellSpec(name(), ThreadModel.VIRTUAL, carriers, warmups, reps, params));
        }
        return cells;
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        return Duration.ofSeconds(60);
    }

    @Override
    public List<String> notes(List<CellResult> cells, RunOptions options) {
        return cells.stream().filter(c -> c.model().equals("virtual") && c.wallMs() != null)
                .map(TimelineScenario::note).toList();
    }

    private static String note(CellResult cell) {
        List<PhaseEvent> events = Scene.extra(cell, "events", EVENTS);
        int lanes = Lane.byCarrier(events).size();
        int parallel = Lane.maxParallelCpu(events);
        long migrated = events.stream().filter(PhaseEvent::migrated).count();
        String kind = parallel > 1 ? "parallel" : "concurrency without parallelism";
        return String.format(Locale.ROOT, "%s: 4 tasks ran on %d lane(s); at most %d CPU phase(s) at once: %s%s",
                cell.label(), lanes, parallel, kind,
                migrated == 0 ? "" : "; " + migrated + " phase(s) changed carrier mid-phase");
    }

    @Override
    public String picture(ScenarioResult result) {
        StringBuilder out = new StringBuilder();
        for (CellResult cell : result.cells()) {
            if (cell.wallMs() == null) {
                continue;
            }
            List<PhaseEvent> events = Scene.extra(cell, "events", EVENTS);
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

    private static String heading(CellResult cell, int lanes) {
        String how = cell.model().equals("sequential") ? "one platform thread, one task after another"
                : "virtual threads, " + cell.carriers() + " carrier(s) allowed, " + lanes + " used";
        return String.format(Locale.ROOT, "== %s: %s, %.0f ms ==", cell.label(), how, cell.wallMs().median());
    }

    private static String carrierNames(ScenarioResult result) {
        return result.cells().stream().filter(c -> c.model().equals("virtual") && c.wallMs() != null)
                .flatMap(c -> Lane.byCarrier(Scene.extra(c, "events", EVENTS)).stream()
                        .map(l -> "  " + c.label() + ", lane " + l.label().replaceAll("\\D", "") + " = " + l.source() + "\n"))
                .reduce("", String::concat);
    }

    /** The SVG of every measured cell's carrier lanes. */
    public static String svg(ScenarioResult result) {
        List<LaneSvg.Block> blocks = result.cells().stream().filter(c -> c.wallMs() != null)
                .map(c -> new LaneSvg.Block(String.format(Locale.ROOT, "%s (%.0f ms)", c.label(), c.wallMs().median()),
                        Lane.byCarrier(Scene.extra(c, "events", EVENTS))))
                .toList();
        return LaneSvg.render(blocks);
    }

    /** Runs this scene alone, with the command line's options (e.g. {@code --quick}). */
    public static void main(String[] args) {
        String[] withName = new String[args.length + 1];
        withName[0] = TimelineWorkload.NAME;
        System.arraycopy(args, 0, withName, 1, args.length);
        System.exit(Main.run(withName));
    }
}
