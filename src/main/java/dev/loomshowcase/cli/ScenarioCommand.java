package dev.loomshowcase.cli;

import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.report.JsonReport;
import dev.loomshowcase.report.TableRenderer;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenario.ScenarioRunner;
import dev.loomshowcase.scenario.Scene;
import picocli.CommandLine;

import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What every scenario subcommand does: run the scenario, print the table, write the JSON, and exit 1
 * when any cell failed (the failed cells are still shown).
 */
abstract class ScenarioCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ScenarioOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The scenario of the current run, as {@link #scenario()} made it. */
    private Scenario running;

    /** The scenario to run. */
    abstract Scenario scenario();

    /** Scenario-specific settings from this command's own options. */
    Map<String, String> params() {
        return Map.of();
    }

    /** Checks this command's own options before anything is measured; throws a ParameterException when bad. */
    void validate() {
    }

    /**
     * Prints what a scenario shows beyond the table (e.g. a scope tree): by default a stage scene's
     * picture, drawn from the same measurements, and nothing for other scenarios.
     */
    void printDetails(ScenarioResult result, java.io.PrintWriter out) throws Exception {
        if (running instanceof Scene scene) {
            out.print(scene.picture(result));
            out.flush();
        }
    }

    @Override
    public Integer call() throws Exception {
        RunOptions runOptions = options.toRunOptions(spec.commandLine(), params());
        validate();
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        running = scenario();
        ScenarioResult result = new ScenarioRunner(ProgressLine.forConsole(err)).run(running, runOptions);
        out.print(TableRenderer.render(result));
        printDetails(result, out);
        out.flush();
        if (options.json() != null) {
            JsonReport.write(result, options.json());
            err.println("JSON written to " + options.json());
        }
        if (result.anyFailed()) {
            err.println("showcase: " + result.cells().stream().filter(c -> c.error() != null).count()
                    + " cell(s) failed; see the table above");
            return CommandLine.ExitCode.SOFTWARE;
        }
        return CommandLine.ExitCode.OK;
    }
}
