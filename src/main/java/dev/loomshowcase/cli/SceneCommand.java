package dev.loomshowcase.cli;

import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.report.JsonReport;
import dev.loomshowcase.report.TableRenderer;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scene;
import dev.loomshowcase.scenario.ScenarioRunner;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What every stage scene does: run its cells like any scenario, print the common table, then the
 * scene's picture drawn from the same measurements; write the JSON; exit 1 when a cell failed.
 */
abstract class SceneCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ScenarioOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The scene to run. */
    abstract Scene scene();

    /** Scene-specific settings from this command's own options. */
    Map<String, String> params() {
        return Map.of();
    }

    /** Checks this command's own options before anything is measured; throws a ParameterException when bad. */
    void validate() {
    }

    /** Called after the picture, e.g. to write an image; does nothing by default. */
    void afterPicture(ScenarioResult result, PrintWriter err) throws Exception {
    }

    @Override
    public Integer call() throws Exception {
        RunOptions runOptions = options.toRunOptions(spec.commandLine(), params());
        validate();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioResult result = new ScenarioRunner(ProgressLine.forConsole(err)).run(scene(), runOptions);
        out.print(TableRenderer.render(result));
        out.print(scene().picture(result));
        out.flush();
        afterPicture(result, err);
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
