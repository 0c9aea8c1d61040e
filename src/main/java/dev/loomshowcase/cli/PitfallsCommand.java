package dev.loomshowcase.cli;

import dev.loomshowcase.scenario.PitfallsScenario;
import dev.loomshowcase.scenario.Scenario;
import picocli.CommandLine.Command;

/** {@code showcase pitfalls}: where virtual threads stop helping, each case against its fixed twin. */
@Command(name = "pitfalls", mixinStandardHelpOptions = true,
        description = "Pitfalls: native calls, upcalls, class init, synchronized (fixed), CPU starvation; JFR watching.")
final class PitfallsCommand extends ScenarioCommand {

    @Override
    Scenario scenario() {
        return new PitfallsScenario();
    }
}
