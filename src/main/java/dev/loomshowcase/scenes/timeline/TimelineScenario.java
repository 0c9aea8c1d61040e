package dev.loomshowcase.scenes.timeline;

import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.observe.Lane;
import dev.loomshowcase.observe.PhaseEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The seed's timeline: four tasks A, B, C, D, each "CPU, wait, CPU", drawn lane by lane from the
 * carriers that really ran them. The scenario yields the recorded events ({@link #events}); the
 * lanes are drawn on the report side ({@code report.TimelinePicture}), for the terminal and as SVG.
 *
 * <p>Hypothesis (seed): on two cores, A and B run in parallel first, then C and D; four tasks are
 * concurrent, but only two execute at any moment. Here: on 2 carriers two CPU phases overlap at
 * most; on 1 carrier the same four tasks interleave on a single lane (concurrency without
 * parallelism), and the waits still overlap, so even 1 carrier beats running the tasks one by one.
 *
 * <p>Run it alone: {@code scripts/showcase timeline --quick}, or from an IDE {@code dev.loomshowcase.cli.Main}
 * with the program arguments {@code timeline --quick};
 * the seed's program itself is {@code dev.loomshowcase.scenes.timeline.Timeline}'s {@code main}.
 */
public final class TimelineScenario implements Scenario {

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
        // Quick mode too measures enough repetitions for a verdict (one has no range to tell a difference from noise).
        int reps = options.mode().repetitions();
        int warmups = 1;
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
        return cells.stream().filter(c -> c.model() == ThreadModel.VIRTUAL && c.wallMs() != null)
                .map(TimelineScenario::note).toList();
    }

    private static String note(CellResult cell) {
        List<PhaseEvent> events = events(cell);
        int lanes = Lane.byCarrier(events).size();
        int parallel = Lane.maxParallelCpu(events);
        long migrated = events.stream().filter(PhaseEvent::migrated).count();
        String kind = parallel > 1 ? "parallel" : "concurrency without parallelism";
        return String.format(Locale.ROOT, "%s: 4 tasks ran on %d lane(s); at most %d CPU phase(s) at once: %s%s",
                cell.label(), lanes, parallel, kind,
                migrated == 0 ? "" : "; " + migrated + " phase(s) changed carrier mid-phase");
    }

    /** The phases a cell recorded: the data the lanes are drawn from (see {@code report.TimelinePicture}). */
    public static List<PhaseEvent> events(CellResult cell) {
        return cell.extra(PhaseEvent.EXTRA, PhaseEvent.LIST);
    }
}
