package dev.loomshowcase.scenario;

import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellRunner;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ChildJvm;
import dev.loomshowcase.engine.Environment;
import dev.loomshowcase.engine.LiveLine;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.observe.PinningMonitor;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs a scenario end to end: stubs up (embedded, or checked when external), every cell in its own
 * child JVM, analysis, notes. Everything it starts is stopped before it returns.
 */
public final class ScenarioRunner {

    /** A spread (max - min) wider than this share of the median gets a warning in the notes. */
    static final double WIDE_SPREAD = 0.25;

    private final CellRunner.Progress progress;

    public ScenarioRunner(CellRunner.Progress progress) {
        this.progress = progress;
    }

    /**
     * Prepares the scenario ({@link Scenario#prepare}), runs it and returns its result, failed cells included.
     *
     * @throws StubsUnavailableException when the stubs cannot be started or reached
     */
    public ScenarioResult run(Scenario scenario, RunOptions options) throws IOException, InterruptedException {
        return runPrepared(scenario, scenario.prepare(options));
    }

    /**
     * Runs a scenario whose options {@link Scenario#prepare} already returned (the main job prepares
     * every scenario first, to count their cells), and returns its result, failed cells included.
     *
     * @throws StubsUnavailableException when the stubs cannot be started or reached
     */
    public ScenarioResult runPrepared(Scenario scenario, RunOptions options) throws IOException, InterruptedException {
        if (!scenario.needsStubs()) {
            return measure(scenario, options);
        }
        if (options.stubs() != null) {
            StubsProbe.requireReachable(options.stubs());
            return measure(scenario, options);
        }
        try (StubServer stubs = StubServer.start(StubDirectory.locate(), 0, options.mode().delayScale(),
                scenario.stubJournal())) {
            return measure(scenario, options.withStubs(stubs.baseUrl()));
        }
    }

    private ScenarioResult measure(Scenario scenario, RunOptions options) throws IOException, InterruptedException {
        List<CellSpec> plan = streamLiveIfAsked(watchPinningIfAsked(scenario.plan(options), options), options);
        List<CellOutcome> outcomes;
        try (ChildJvm children = new ChildJvm()) {
            outcomes = CellRunner.forCurrentJvm(children).runAll(plan, scenario::cellTimeout, scenario::forks, progress);
        }
        List<CellResult> cells = scenario.analyse(outcomes);
        List<String> notes = new ArrayList<>(scenario.notes(cells, options));
        notes.addAll(spreadWarnings(cells));
        if (PinningMonitor.requested(options.params())) {
            notes.addAll(pinningNotes(cells));
        }
        return new ScenarioResult(scenario.name(), scenario.title(), scenario.hypothesis(), options.mode().name(),
                Environment.current(), cells, notes);
    }

    /** With {@code --jfr}, every cell's child watches for pinned virtual threads and reports them. */
    static List<CellSpec> watchPinningIfAsked(List<CellSpec> plan, RunOptions options) {
        if (!PinningMonitor.requested(options.params())) {
            return plan;
        }
        return plan.stream().map(spec -> spec.withParam(PinningMonitor.PARAM, "true")).toList();
    }

    /** When a live view asks ({@link LiveLine#PARAM}), every cell's child prints live events while it runs. */
    static List<CellSpec> streamLiveIfAsked(List<CellSpec> plan, RunOptions options) {
        if (!LiveLine.requested(options.params())) {
            return plan;
        }
        return plan.stream().map(spec -> spec.withParam(LiveLine.PARAM, "true")).toList();
    }

    /** With {@code --jfr}: one line per cell saying how many pinned events its measured runs fired. */
    static List<String> pinningNotes(List<CellResult> cells) {
        return cells.stream()
                .filter(c -> c.extras().containsKey("pinnedEvents"))
                .map(c -> "JFR " + c.label() + ": " + c.extras().get("pinnedEvents") + " jdk.VirtualThreadPinned event(s)"
                        + " in its measured runs")
                .toList();
    }

    /** Warnings for cells whose spread is too wide to trust their median on its own. */
    static List<String> spreadWarnings(List<CellResult> cells) {
        return cells.stream()
                .filter(c -> c.wallMs() != null && c.wallMs().relativeSpread() > WIDE_SPREAD)
                .map(c -> String.format(Locale.ROOT,
                        "%s: spread %.0f%% of its median (%.0f..%.0f ms); other load may have disturbed it",
                        c.label(), c.wallMs().relativeSpread() * 100, c.wallMs().min(), c.wallMs().max()))
                .toList();
    }
}
