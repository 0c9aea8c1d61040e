package dev.loomshowcase.cli;

import dev.loomshowcase.scenes.fetchall.FetchAllScenario;
import dev.loomshowcase.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code showcase fetch-all}: the seed's I/O-bound scenario. */
@Command(mixinStandardHelpOptions = true,
        description = "I/O-bound: three 1 s downstream calls, sequential vs virtual threads vs a platform pool.")
final class FetchAllCommand extends ScenarioCommand {

    @Option(names = "--user", paramLabel = "ID", converter = PositiveInt.class, defaultValue = "1",
            description = "User id to fetch (default: ${DEFAULT-VALUE}).")
    int user;

    @Override
    Scenario scenario() {
        return new FetchAllScenario();
    }

    @Override
    Map<String, String> params() {
        return Map.of("user", Integer.toString(user));
    }
}
