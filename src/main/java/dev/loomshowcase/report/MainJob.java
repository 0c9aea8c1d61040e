package dev.loomshowcase.report;

import dev.loomshowcase.engine.CellRunner;
import dev.loomshowcase.engine.Environment;
import dev.loomshowcase.engine.Errors;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.observe.CpuAccount;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenario.ScenarioRunner;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The main job: runs the selected scenarios of the catalog one after another and derives the
 * decision matrix from their cells. A scenario that throws is recorded as failed and the run goes on;
 * a matrix row whose scenario is not in the catalog is shown as failed, never dropped.
 */
public final class MainJob {

    /** The end of the reason given for a matrix row whose scenario this build does not have. */
    static final String NOT_IN_BUILD = "not in this build";

    private final List<Scenario> catalog;
    private final CellRunner.Progress progress;
    private final IntConsumer planned;

    /**
     * @param catalog  the scenarios available (see {@code Scenarios.all()})
     * @param progress told about every cell
     * @param planned  told the total number of cells before the first one starts
     */
    public MainJob(List<Scenario> catalog, CellRunner.Progress progress, IntConsumer planned) {
        this.catalog = List.copyOf(catalog);
        this.progress = progress;
        this.planned = planned;
    }

    /** Runs the scenarios named in {@code selected} (all of the catalog and matrix when empty). */
    public VerdictReport run(RunOptions options, List<String> selected) throws InterruptedException {
        long start = System.nanoTime();
        double loadBefore = MachineLoad.now();
        var cpuBefore = CpuAccount.read();
        List<Scenario> chosen = catalog.stream().filter(s -> selected.isEmpty() || selected.contains(s.name())).toList();
        planned.accept(chosen.stream().mapToInt(s -> countCells(s, options)).sum());
        Map<String, ScenarioResult> results = new LinkedHashMap<>();
        Map<String, String> unavailable = new LinkedHashMap<>();
        for (Scenario scenario : chosen) {
            try {
                results.put(scenario.name(), new ScenarioRunner(progress).run(scenario, options));
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                unavailable.put(scenario.name(), Errors.describe(e));
            }
        }
        for (MatrixRow row : MatrixRow.values()) {
            boolean wanted = selected.isEmpty() || selected.contains(row.scenario());
            if (wanted && catalog.stream().noneMatch(s -> s.name().equals(row.scenario()))) {
                unavailable.put(row.scenario(), "scenario '" + row.scenario() + "' is " + NOT_IN_BUILD);
            }
        }
        VerdictReport report = assemble(options, results, unavailable, (System.nanoTime() - start) / 1e9);
        var usage = cpuBefore.flatMap(first -> CpuAccount.read().flatMap(last -> CpuAccount.between(first, last)));
        return report.withLoad(MachineLoad.of(loadBefore, MachineLoad.now(), report.environment().cores(), usage));
    }

    static VerdictReport assemble(RunOptions options, Map<String, ScenarioResult> results,
                                  Map<String, String> unavailable, double elapsedS) {
        Map<String, MatrixRowResult> matrix = Matrix.derive(results, unavailable);
        List<ScenarioResult> scenarios = new ArrayList<>(results.values());
        List<String> notes = new ArrayList<>();
        unavailable.forEach((name, why) -> {
            notes.add("FAILED " + name + ": " + why);
            if (!results.containsKey(name) && !why.endsWith(NOT_IN_BUILD)) {
                scenarios.add(new ScenarioResult(name, name, "", options.mode().name(), Environment.current(),
                        List.of(), List.of("failed: " + why)));
            }
        });
        matrix.forEach((row, cells) -> List.of(cells.single(), cells.multi()).forEach(cell -> {
            if (!cell.agreement().equals("agrees") && !cell.agreement().equals("unmeasured")) {
                notes.add(row + ", " + cell.cell() + ": " + cell.comment());
            } else if (cell.verdict().equals("failed") && cell.cell() != null) {
                notes.add("FAILED " + row + ", " + cell.cell() + ": " + cell.detail());
            }
        }));
        return new VerdictReport(VerdictReport.TITLE, options.mode().name(), Environment.current(), null, elapsedS,
                matrix, scenarios, notes);
    }

    /** Cells a scenario will run; planning needs a stubs URL, so a placeholder stands in for the real one. */
    private static int countCells(Scenario scenario, RunOptions options) {
        RunOptions planning = options.stubs() == null ? options.withStubs(URI.create("http://127.0.0.1:1")) : options;
        try {
            return scenario.plan(planning).size();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
