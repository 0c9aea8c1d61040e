package dev.loomshowcase.cli;

import dev.loomshowcase.scenario.FetchAllScenario;
import dev.loomshowcase.scenario.Scenario;
import picocli.CommandLine.Command;

/**
 * {@code showcase [SCENARIO] [OPTIONS]}: with no scenario, runs the main job.
 *
 * <p>The main job is, for now, the fetchAll scenario: the seed's first and clearest answer.
 */
@Command(name = "showcase", mixinStandardHelpOptions = true, version = "loom-showcase 0.1.0",
        description = {
                "When do virtual threads and structured concurrency help, and when do they not? Measured here.",
                "With no scenario, runs the main job (fetch-all)."},
        subcommands = {FetchAllCommand.class, CalculateAllCommand.class, SumCommand.class, PaymentsCommand.class,
                StubsCommand.class},
        commandListHeading = "%nScenarios and tools:%n")
final class ShowcaseCommand extends ScenarioCommand {

    @Override
    Scenario scenario() {
        return new FetchAllScenario();
    }
}
