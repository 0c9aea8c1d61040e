package dev.loomshowcase.dashboard;

import dev.loomshowcase.engine.CellMain;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellRunner;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ChildReport;
import dev.loomshowcase.engine.Environment;
import dev.loomshowcase.engine.Sample;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.report.Matrix;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenes.SceneRegistry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns what the engine tells a run's {@link CellRunner.Progress} into the dashboard's events: which
 * child JVM starts (the terminal's progress line, counted over every fork), the child's live events
 * (lanes, in flight), and each cell's result the moment it is measured for good, analysed by its own
 * scenario's {@link Scenario#analyse} over the cells measured so far: the same numbers, verdicts and
 * reasons as the terminal, never an estimate of the page's own.
 *
 * <p>Cells end in any order (rounds are shuffled), so the baseline may come last: a cell whose
 * declared baseline ({@link Scenario#comparison()}) is not in yet is shown with its times and no
 * verdict, and every cell of the scenario is published again as each one ends, so that the earlier
 * ones get their verdict when their baseline arrives. Each result carries a {@code key} that stays the
 * same while its label may change (a case name added by the analysis). During the main job, each
 * finished scenario also fills its row of the matrix.
 */
final class LiveProgress implements CellRunner.Progress {

    /** Extra put on each outcome while analysing, to find its analysed cell again (analyses may regroup cells). */
    static final String KEY = "liveKey";

    private final EventHub hub;
    private final Function<CellSpec, Optional<Scenario>> owner;
    private final boolean matrix;
    private final String mode;
    private final long start = System.nanoTime();
    private final Map<String, ScenarioResult> finishedScenarios = new LinkedHashMap<>();
    private List<CellOutcome> scenarioOutcomes = new ArrayList<>();
    private int planned = -1;
    private int started;

    /**
     * @param owner  the scenario a cell belongs to (it analyses the cell); empty to show the raw median only
     * @param matrix true during the main job: publish the matrix as each scenario finishes
     */
    LiveProgress(EventHub hub, Function<CellSpec, Optional<Scenario>> owner, boolean matrix, String mode) {
        this.hub = hub;
        this.owner = owner;
        this.matrix = matrix;
        this.mode = mode;
    }

    /** The whole run starts {@code forks} child JVMs (the main job says so before its first one). */
    void planned(int forks) {
        planned = forks;
    }

    @Override
    public synchronized void started(CellSpec spec, int index, int total) {
        if (index == 0) {
            scenarioOutcomes = new ArrayList<>();
        }
        int position = planned >= 0 ? started : index;
        started++;
        int all = planned >= 0 ? Math.max(planned, started) : total;
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("scenario", spec.workload());
        event.put("cell", spec.label());
        event.put("model", spec.model().id());
        event.put("carriers", spec.carriers());
        event.put("index", position);
        event.put("total", all);
        event.put("left", all - position - 1);
        event.put("elapsedS", Math.round(elapsedS() * 10) / 10.0);
        hub.publish("cell-start", event);
    }

    @Override
    public void live(CellSpec spec, Map<String, Object> event) {
        Map<String, Object> data = new LinkedHashMap<>(event);
        data.put("scenario", spec.workload());
        data.put("cell", spec.label());
        Object type = event.get("type");
        hub.publish("phase".equals(type) || "recording".equals(type) ? "lane" : String.valueOf(type), data);
    }

    @Override
    public synchronized void finished(CellOutcome outcome, int index, int total) {
        scenarioOutcomes.add(outcome);
        boolean complete = index == total - 1;
        Optional<Scenario> scenario = owner.apply(outcome.spec());
        List<CellOutcome> keyed = keyed(scenarioOutcomes);
        Optional<List<CellResult>> analysed = scenario.flatMap(s -> analyse(s, keyed));
        if (analysed.isEmpty()) {
            publish(outcome, scenarioOutcomes.size() - 1, raw(outcome), index, total);
            return;
        }
        for (CellResult cell : analysed.get()) {
            int key = cell.extras().get(KEY) instanceof Number n ? n.intValue() : -1;
            CellOutcome own = key >= 0 ? scenarioOutcomes.get(key) : failedOwner(cell).orElse(outcome);
            boolean judgeable = complete || key < 0 || judgeable(scenario.get(), own);
            publish(own, key, judgeable ? unkeyed(cell) : raw(own), index, total);
        }
        if (matrix && complete) {
            Scenario s = scenario.get();
            finishedScenarios.put(s.name(), new ScenarioResult(s.name(), s.title(), s.hypothesis(), mode,
                    Environment.current(), analysed.get().stream().map(LiveProgress::unkeyed).toList(), List.of()));
            hub.publish("matrix", Map.of("rows", Matrix.derive(SceneRegistry.matrix(), finishedScenarios, Map.of()),
                    "measured", List.copyOf(finishedScenarios.keySet()), "final", false));
        }
    }

    private void publish(CellOutcome outcome, int key, CellResult cell, int index, int total) {
        CellResult shown = labelled(cell, outcome.spec());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("scenario", outcome.spec().workload());
        event.put("key", key >= 0 ? "k" + key : shown.label());
        event.put("index", index);
        event.put("total", total);
        event.put("label", shown.label());
        event.put("result", shown);
        event.put("elapsedS", Math.round(elapsedS() * 10) / 10.0);
        hub.publish("cell", event);
    }

    /**
     * The cell labelled with its cores when its run measured more than one core count: the cores its
     * child reported, else (a failed cell reports none) the cores its spec asked for.
     */
    static CellResult labelled(CellResult cell, CellSpec spec) {
        if (!spec.params().containsKey(CellSpec.CORES_IN_LABEL) || spec.cores() <= 0) {
            return cell;
        }
        return cell.extras().get(CellMain.CORES) instanceof Number ? cell.withCoresInLabel()
                : cell.withExtra(CellResult.LABEL_CORES, spec.cores());
    }

    /** The failed outcome a failed cell came from (failed outcomes carry no key): same model, carriers, cores and error. */
    private Optional<CellOutcome> failedOwner(CellResult cell) {
        if (cell.verdict() != dev.loomshowcase.engine.Verdict.FAILED) {
            return Optional.empty();
        }
        int cores = cell.extras().get(CellMain.CORES) instanceof Number n ? n.intValue() : -1;
        return scenarioOutcomes.stream().filter(o -> !o.ok() && o.spec().model().id().equals(cell.model())
                        && o.spec().carriers() == cell.carriers() && java.util.Objects.equals(o.error(), cell.error())
                        && (cores < 0 || o.spec().cores() == cores))
                .findFirst();
    }

    /** True when the cell is its scenario's baseline, failed, or its declared baseline is in. */
    private boolean judgeable(Scenario scenario, CellOutcome outcome) {
        var comparison = scenario.comparison();
        return !outcome.ok() || comparison.isBaseline(outcome.spec())
                || comparison.baselineFor(scenarioOutcomes, outcome.spec()).isPresent();
    }

    /** The outcomes, each measured one carrying its position as {@link #KEY}. */
    static List<CellOutcome> keyed(List<CellOutcome> outcomes) {
        List<CellOutcome> keyed = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            CellOutcome o = outcomes.get(i);
            if (!o.ok()) {
                keyed.add(o);
                continue;
            }
            Map<String, Object> extras = new LinkedHashMap<>(o.report().extras());
            extras.put(KEY, i);
            keyed.add(CellOutcome.measured(o.spec(), new ChildReport(o.report().samples(), o.report().parallelism(), extras)));
        }
        return keyed;
    }

    private static CellResult unkeyed(CellResult cell) {
        if (!cell.extras().containsKey(KEY)) {
            return cell;
        }
        Map<String, Object> extras = new LinkedHashMap<>(cell.extras());
        extras.remove(KEY);
        return new CellResult(cell.model(), cell.carriers(), cell.wallMs(), cell.cpuMs(), cell.cpuShare(), cell.speedup(),
                cell.verdict(), cell.reason(), cell.error(), extras);
    }

    /** The scenario's own analysis of its cells so far; empty when it can judge only the whole set. */
    static Optional<List<CellResult>> analyse(Scenario scenario, List<CellOutcome> outcomes) {
        try {
            List<CellResult> cells = scenario.analyse(List.copyOf(outcomes));
            return cells.size() == outcomes.size() ? Optional.of(cells) : Optional.empty();
        } catch (RuntimeException needsAllCells) {
            return Optional.empty();
        }
    }

    /** A cell shown before its scenario can judge it: its measured wall times, no verdict yet. */
    static CellResult raw(CellOutcome outcome) {
        CellSpec spec = outcome.spec();
        if (!outcome.ok()) {
            return new CellResult(spec.model(), spec.carriers(), null, null, null, null,
                    dev.loomshowcase.engine.Verdict.FAILED, outcome.error(), outcome.error(),
                    spec.cores() > 0 ? Map.of(CellMain.CORES, spec.cores()) : Map.of());
        }
        List<Double> wall = outcome.report().samples().stream().map(s -> s.wallNanos() / 1e6).toList();
        List<Double> cpu = outcome.report().samples().stream().map(Sample::cpuNanos).map(n -> n / 1e6).toList();
        return new CellResult(spec.model(), spec.carriers(), Stats.of(wall), Stats.of(cpu), null, null,
                null, "verdict when the scenario's cells are all measured", null, outcome.report().extras());
    }

    private double elapsedS() {
        return (System.nanoTime() - start) / 1e9;
    }
}
