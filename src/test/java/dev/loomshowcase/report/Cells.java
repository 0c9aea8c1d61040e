package dev.loomshowcase.report;

import dev.loomshowcase.engine.Analysis;
import dev.loomshowcase.engine.CellMain;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ChildReport;
import dev.loomshowcase.engine.Environment;
import dev.loomshowcase.engine.Sample;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.VerdictRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builds analysed scenario results from made-up raw samples, as a child JVM would report them. */
final class Cells {

    private final String scenario;
    private final List<CellOutcome> outcomes = new ArrayList<>();

    private Cells(String scenario) {
        this.scenario = scenario;
    }

    static Cells of(String scenario) {
        return new Cells(scenario);
    }

    /** A measured cell: wall times in ms, CPU at the given share of the wall time. */
    Cells cell(ThreadModel model, int carriers, double cpuShare, double... wallMs) {
        List<Sample> samples = Arrays.stream(wallMs)
                .mapToObj(ms -> new Sample((long) (ms * 1e6), (long) (ms * 1e6 * cpuShare * carriers)))
                .toList();
        outcomes.add(CellOutcome.measured(spec(model, carriers), new ChildReport(samples, carriers, Map.of())));
        return this;
    }

    /** A measured cell whose child JVM was confined to {@code cores} CPUs, in a run that measured more than one core count. */
    Cells cellOnCores(ThreadModel model, int carriers, int cores, double cpuShare, double... wallMs) {
        List<Sample> samples = Arrays.stream(wallMs)
                .mapToObj(ms -> new Sample((long) (ms * 1e6), (long) (ms * 1e6 * cpuShare * Math.min(carriers, cores))))
                .toList();
        outcomes.add(CellOutcome.measured(spec(model, carriers).withCores(cores).withCoresInLabel(),
                new ChildReport(samples, carriers, Map.of(CellMain.CORES, cores))));
        return this;
    }

    /** The result with each cell's label naming its cores, as a run with {@code --cores 1,2} prints it. */
    ScenarioResult resultOnCores() {
        ScenarioResult r = result();
        return new ScenarioResult(r.scenario(), r.title(), r.hypothesis(), r.mode(), r.environment(),
                r.cells().stream().map(CellResult::withCoresInLabel).toList(), r.notes());
    }

    Cells failedCell(ThreadModel model, int carriers, String why) {
        outcomes.add(CellOutcome.failed(spec(model, carriers), why));
        return this;
    }

    ScenarioResult result() {
        return new ScenarioResult(scenario, scenario + " title", "hypothesis", "quick", Environment.current(),
                Analysis.analyse(outcomes, VerdictRule.DEFAULT), List.of());
    }

    private CellSpec spec(ThreadModel model, int carriers) {
        return new CellSpec(scenario, model, carriers, 0, 1, Map.of());
    }

    /** An I/O-bound-looking scenario: sequential 3 s, virtual 1 s on 1 and 2 carriers. */
    static ScenarioResult ioBound(String scenario) {
        return of(scenario)
                .cell(ThreadModel.SEQUENTIAL, 1, 0.02, 3000, 3010, 3020)
                .cell(ThreadModel.VIRTUAL, 1, 0.05, 1000, 1010, 1020)
                .cell(ThreadModel.PLATFORM_POOL, 1, 0.02, 3000, 3005, 3010)
                .cell(ThreadModel.VIRTUAL, 2, 0.03, 1000, 1005, 1010)
                .cell(ThreadModel.PLATFORM_POOL, 2, 0.02, 2000, 2005, 2010)
                .result();
    }
}
