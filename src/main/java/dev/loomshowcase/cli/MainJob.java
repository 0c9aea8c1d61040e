package dev.loomshowcase.cli;

import dev.loomshowcase.engine.CellRunner;
import dev.loomshowcase.engine.Errors;
import dev.loomshowcase.engine.ExtraRoundTime;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.observe.CpuAccount;
import dev.loomshowcase.report.MachineLoad;
import dev.loomshowcase.report.Matrix;
import dev.loomshowcase.report.ReportAssembly;
import dev.loomshowcase.report.VerdictReport;
import dev.loomshowcase.scenario.MatrixRow;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenario.StubsProbe;
import dev.loomshowcase.scenario.ScenarioRunner;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The main job: runs the selected scenarios of the catalog one after another, then hands their results
 * to the report ({@link ReportAssembly}), which derives the decision matrix. It lives with the command
 * line, which owns running things; the report only reads results. A scenario that throws is recorded
 * as failed and the run goes on; a matrix row whose scenario is not in the catalog is shown as failed,
 * never dropped.
 */
final class MainJob {

    /**
     * The time all scenarios of a quick main job may spend on extra rounds together. Its cells take about
     * 165 s without any on a quiet 2-core machine; this keeps the job within about three minutes.
     */
    static final Duration QUICK_EXTRA_ROUNDS = Duration.ofSeconds(12);

    private final List<Scenario> catalog;
    private final List<MatrixRow> rows;
    private final CellRunner.Progress progress;
    private final IntConsumer planned;

    /**
     * @param catalog  the scenarios available (see {@code SceneRegistry.mainJob()})
     * @param rows     the decision matrix's rows (see {@code SceneRegistry.matrix()})
     * @param progress told about every cell
     * @param planned  told the total number of child JVMs (every fork of every cell) before the first one starts
     */
    MainJob(List<Scenario> catalog, List<MatrixRow> rows, CellRunner.Progress progress, IntConsumer planned) {
        this.catalog = List.copyOf(catalog);
        this.rows = List.copyOf(rows);
        this.progress = progress;
        this.planned = planned;
    }

    /** Quick mode shares {@link #QUICK_EXTRA_ROUNDS} among the scenarios; the longer modes keep each scenario's own budget. */
    static ExtraRoundTime extraRoundTime(RunMode mode) {
        return RunMode.QUICK.equals(mode) ? ExtraRoundTime.of(QUICK_EXTRA_ROUNDS) : ExtraRoundTime.unlimited();
    }

    /** Runs the scenarios named in {@code selected} (all of the catalog and matrix when empty). */
    VerdictReport run(RunOptions options, List<String> selected) throws InterruptedException {
        long start = System.nanoTime();
        double loadBefore = MachineLoad.now();
        var cpuBefore = CpuAccount.read();
        List<Scenario> chosen = catalog.stream().filter(s -> selected.isEmpty() || selected.contains(s.name())).toList();
        if (options.stubs() != null && chosen.stream().anyMatch(Scenario::needsStubs)) {
            StubsProbe.requireReachable(options.stubs()); // before any cell: one line, not a minute of failed cells
        }
        Map<String, ScenarioResult> results = new LinkedHashMap<>();
        Map<String, String> unavailable = new LinkedHashMap<>();
        Map<Scenario, RunOptions> prepared = prepareAll(chosen, options.withParams(Map.of(RunOptions.MAIN_JOB, "true")), unavailable);
        planned.accept(prepared.entrySet().stream().mapToInt(e -> countForks(e.getKey(), e.getValue())).sum());
        ExtraRoundTime extraRounds = extraRoundTime(options.mode());
        for (Scenario scenario : chosen) {
            if (!prepared.containsKey(scenario)) {
                continue;
            }
            try {
                results.put(scenario.name(), new ScenarioRunner(progress, extraRounds).runPrepared(scenario, prepared.get(scenario)));
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                unavailable.put(scenario.name(), Errors.describe(e));
            }
        }
        for (MatrixRow row : rows) {
            boolean wanted = selected.isEmpty() || selected.contains(row.scenario());
            if (wanted && catalog.stream().noneMatch(s -> s.name().equals(row.scenario()))) {
                unavailable.put(row.scenario(), "scenario '" + row.scenario() + "' is " + Matrix.NOT_IN_BUILD);
            }
        }
        VerdictReport report = ReportAssembly.assemble(options.mode().name(), rows, results, unavailable,
                (System.nanoTime() - start) / 1e9);
        var usage = cpuBefore.flatMap(first -> CpuAccount.read().flatMap(last -> CpuAccount.between(first, last)));
        return report.withLoad(MachineLoad.of(loadBefore, MachineLoad.now(), report.environment().cores(), usage));
    }

    /** Each scenario prepared once (e.g. fib calibrated), for counting its cells and then running them. */
    private static Map<Scenario, RunOptions> prepareAll(List<Scenario> chosen, RunOptions options,
                                                        Map<String, String> unavailable) {
        Map<Scenario, RunOptions> prepared = new LinkedHashMap<>();
        for (Scenario scenario : chosen) {
            try {
                prepared.put(scenario, scenario.prepare(options));
            } catch (RuntimeException e) {
                unavailable.put(scenario.name(), Errors.describe(e));
            }
        }
        return prepared;
    }

    /**
     * Child JVMs a scenario will start as planned: each cell's forks, once per core count asked (extra
     * rounds may add some); planning needs a stubs URL, so a placeholder stands in for the real one.
     */
    static int countForks(Scenario scenario, RunOptions options) {
        RunOptions planning = options.stubs() == null ? options.withStubs(URI.create("http://127.0.0.1:1")) : options;
        try {
            int perCoreCount = scenario.plan(planning).stream().mapToInt(spec -> Math.max(1, scenario.forks(spec))).sum();
            return perCoreCount * Math.max(1, options.cores().size());
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
