package dev.loomshowcase.dashboard;

import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellRunner;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Environment;
import dev.loomshowcase.engine.Sample;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.report.Matrix;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenario.Scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns what the engine tells a run's {@link CellRunner.Progress} into the dashboard's events: which
 * cell starts (the terminal's progress line), the child's live events (lanes, in flight), and each
 * cell's result the moment it ends, analysed by its own scenario's {@link Scenario#analyse} over the
 * cells measured so far: the same numbers, verdicts and reasons as the terminal, never an estimate of
 * the page's own. During the main job, each finished scenario also fills its row of the matrix.
 */
final class LiveProgress implements CellRunner.Progress {

    private final EventHub hub;
    private final Function<CellSpec, Optional<Scenario>> owner;
    private final boolean matrix;
    private final String mode;
    private final long start = System.nanoTime();
    private final Map<String, ScenarioResult> finishedScenarios = new LinkedHashMap<>();
    private List<CellOutcome> scenarioOutcomes = new ArrayList<>();
    private int planned = -1;
    private int done;

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

    /** The whole run has {@code cells} cells (the main job says so before its first cell). */
    void planned(int cells) {
        planned = cells;
    }

    @Override
    public synchronized void started(CellSpec spec, int index, int total) {
        if (index == 0) {
            scenarioOutcomes = new ArrayList<>();
        }
        int position = planned >= 0 ? done : index;
        int all = planned >= 0 ? Math.max(planned, done + 1) : total;
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
        done++;
        scenarioOutcomes.add(outcome);
        Optional<Scenario> scenario = owner.apply(outcome.spec());
        List<CellResult> analysed = scenario.flatMap(s -> analyse(s, scenarioOutcomes)).orElse(null);
        CellResult cell = analysed != null ? analysed.getLast() : raw(outcome);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("scenario", outcome.spec().workload());
        event.put("index", index);
        event.put("total", total);
        event.put("label", cell.label());
        event.put("result", cell);
        event.put("elapsedS", Math.round(elapsedS() * 10) / 10.0);
        hub.publish("cell", event);
        if (matrix && index == total - 1 && analysed != null) {
            Scenario s = scenario.get();
            finishedScenarios.put(s.name(), new ScenarioResult(s.name(), s.title(), s.hypothesis(), mode,
                    Environment.current(), analysed, List.of()));
            hub.publish("matrix", Map.of("rows", Matrix.derive(Scenarios.matrix(), finishedScenarios, Map.of()),
                    "measured", List.copyOf(finishedScenarios.keySet()), "final", false));
        }
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
            return new CellResult(spec.model().id(), spec.carriers(), null, null, null, null,
                    dev.loomshowcase.engine.Verdict.FAILED, outcome.error(), outcome.error(), Map.of());
        }
        List<Double> wall = outcome.report().samples().stream().map(s -> s.wallNanos() / 1e6).toList();
        List<Double> cpu = outcome.report().samples().stream().map(Sample::cpuNanos).map(n -> n / 1e6).toList();
        return new CellResult(spec.model().id(), spec.carriers(), Stats.of(wall), Stats.of(cpu), null, null,
                null, "verdict when the scenario's cells are all measured", null, outcome.report().extras());
    }

    private double elapsedS() {
        return (System.nanoTime() - start) / 1e9;
    }
}
