package dev.loomshowcase.scenario;

import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellRunner;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ChildJvm;
import dev.loomshowcase.engine.Environment;
import dev.loomshowcase.engine.ExtraRoundTime;
import dev.loomshowcase.engine.LiveLine;
import dev.loomshowcase.engine.RoundPolicy;
import dev.loomshowcase.engine.Rounds;
import dev.loomshowcase.engine.Units;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.observe.CpuAccount;
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

    private final CellRunner.Progress progress;
    private final ExtraRoundTime extraRoundTime;

    public ScenarioRunner(CellRunner.Progress progress) {
        this(progress, ExtraRoundTime.unlimited());
    }

    /** A runner whose scenarios draw their extra rounds from {@code extraRoundTime}, which a whole main job shares. */
    public ScenarioRunner(CellRunner.Progress progress, ExtraRoundTime extraRoundTime) {
        this.progress = progress;
        this.extraRoundTime = extraRoundTime;
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
        List<CellSpec> plan = streamLiveIfAsked(onCores(watchPinningIfAsked(scenario.plan(options), options), options.cores()), options);
        List<CellOutcome> outcomes;
        Rounds rounds = options.rounds();
        var cpuBefore = CpuAccount.read();
        try (ChildJvm children = new ChildJvm()) {
            outcomes = CellRunner.forCurrentJvm(children).runInRounds(plan, scenario::cellTimeout, scenario::forks,
                    progress, rounds, roundPolicy(options.mode()).sharing(extraRoundTime));
        }
        var usage = cpuBefore.flatMap(start -> CpuAccount.read().flatMap(end -> CpuAccount.between(start, end)));
        List<CellResult> cells = labelCores(scenario.analyse(outcomes), options.cores());
        List<String> notes = new ArrayList<>(scenario.notes(cells, options));
        ScenarioFindings findings = scenario.findings(outcomes);
        notes.addAll(findings.notes());
        usage.flatMap(CpuAccount.Usage::warning).ifPresent(notes::add);
        notes.addAll(spreadWarnings(cells));
        notes.addAll(driftNotes(outcomes));
        notes.addAll(roundNotes(outcomes));
        notes.add(rounds.describe(roundsRun(outcomes)) + coresNote(options.cores()) + ".");
        if (PinningMonitor.requested(options.params())) {
            notes.addAll(pinningNotes(cells));
        }
        return new ScenarioResult(scenario.name(), scenario.title(), scenario.hypothesis(options), options.mode().name(),
                Environment.current(), cells, notes, findings.json());
    }

    /**
     * How many more rounds a cell measured in rounds may take: in quick mode (the main job, the
     * dashboard, the talk) only while its rounds straddle a verdict's edge, within 20 s per scenario;
     * otherwise also while its speedup moves more than 10%.
     */
    static RoundPolicy roundPolicy(RunMode mode) {
        return mode == RunMode.QUICK ? RoundPolicy.quick() : RoundPolicy.standard();
    }

    /** One note per cell that took more rounds than planned: how many, and why, in numbers. */
    static List<String> roundNotes(List<CellOutcome> outcomes) {
        return outcomes.stream().filter(o -> o.ok() && o.report().extras().get(Rounds.ROUNDS_WHY) != null)
                .map(o -> o.spec().label() + ": " + o.report().extras().get(Rounds.ROUNDS_WHY)).toList();
    }

    /**
     * With {@code --cores N,M}: every cell once per CPU count, its child JVM confined to that many CPUs;
     * with more than one count, labelled with it ({@code virtual@1 on 1 core}).
     */
    static List<CellSpec> onCores(List<CellSpec> plan, List<Integer> cores) {
        if (cores.isEmpty()) {
            return plan;
        }
        return cores.stream().flatMap(n -> plan.stream().map(spec -> cores.size() > 1
                ? spec.withCores(n).withCoresInLabel() : spec.withCores(n))).toList();
    }

    /** With more than one core count measured, each cell's label names its cores, so that no two cells share one. */
    static List<CellResult> labelCores(List<CellResult> cells, List<Integer> cores) {
        return cores.size() > 1 ? cells.stream().map(CellResult::withCoresInLabel).toList() : cells;
    }

    private static String coresNote(List<Integer> cores) {
        return cores.isEmpty() ? "; child JVMs could use every CPU"
                : "; child JVMs confined (taskset, -XX:ActiveProcessorCount) to " + cores.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(" and ")) + " CPU(s)";
    }

    /** The most rounds any cell was measured in. */
    static int roundsRun(List<CellOutcome> outcomes) {
        return outcomes.stream().filter(CellOutcome::ok)
                .mapToInt(o -> o.report().extras().get(Rounds.ROUND_MEDIANS) instanceof List<?> m ? m.size() : 1)
                .max().orElse(1);
    }

    /** How far each baseline measured in several rounds drifted between its first and last round. */
    static List<String> driftNotes(List<CellOutcome> outcomes) {
        List<String> notes = new ArrayList<>();
        for (CellOutcome o : outcomes) {
            if (o.ok() && o.spec().model() == dev.loomshowcase.engine.ThreadModel.SEQUENTIAL
                    && o.report().extras().get(Rounds.ROUND_MEDIANS) instanceof List<?> medians && medians.size() > 1) {
                List<Double> ms = medians.stream().map(m -> ((Number) m).doubleValue()).toList();
                double lo = ms.stream().mapToDouble(d -> d).min().orElseThrow();
                double hi = ms.stream().mapToDouble(d -> d).max().orElseThrow();
                notes.add(String.format(Locale.ROOT, "baseline %s measured in %d rounds, before and after the other "
                                + "cells: first %s, last %s, drift %.0f%% (lowest to highest)", o.spec().label(), ms.size(),
                        dev.loomshowcase.engine.Units.duration(ms.getFirst()), dev.loomshowcase.engine.Units.duration(ms.getLast()),
                        100 * (hi / lo - 1)));
            }
        }
        return notes;
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

    /**
     * Warnings for cells whose spread is too wide to trust their median on its own. A cell below a
     * millisecond is told apart: there one pause (GC, JIT, a context switch) of a few ms makes any
     * percentage absurd, so the warning gives the pause instead of a percentage.
     */
    static List<String> spreadWarnings(List<CellResult> cells) {
        return cells.stream()
                .filter(c -> c.wallMs() != null && c.wallMs().relativeSpread() > dev.loomshowcase.engine.Bands.WIDE_SPREAD)
                .map(c -> c.wallMs().median() < 1
                        ? String.format(Locale.ROOT, "%s: a sub-millisecond cell (median %s) with a repetition of %s: "
                                + "one pause (GC, JIT, another program) outweighs the work; read its median, not its range",
                        c.label(), Units.duration(c.wallMs().median()), Units.duration(c.wallMs().max()))
                        : String.format(Locale.ROOT,
                        "%s: spread %.0f%% of its median (%s); other load may have disturbed it",
                        c.label(), c.wallMs().relativeSpread() * 100, Units.range(c.wallMs().min(), c.wallMs().max())))
                .toList();
    }
}
