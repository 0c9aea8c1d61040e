package dev.loomshowcase.cli;

import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenario.Scene;

import java.io.PrintWriter;

/**
 * A stage scene's command: runs like any scenario, and after the common table prints the scene's
 * picture, drawn from the same measurements.
 */
abstract class SceneCommand extends ScenarioCommand {

    /** The scene to run. */
    abstract Scene scene();

    @Override
    final Scenario scenario() {
        return scene();
    }

    @Override
    void printDetails(ScenarioResult result, PrintWriter out) throws Exception {
        out.print(scene().picture(result));
        out.flush();
    }
}
