package dev.loomshowcase.cli;

import dev.loomshowcase.scenes.mixed.MixedScenario;
import dev.loomshowcase.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;

/** {@code showcase mixed}: the seed's mixed I/O + CPU row. */
@Command(mixinStandardHelpOptions = true,
        description = "Mixed: each task waits for a downstream call, then hashes the answer (CPU of about the same length).")
final class MixedCommand extends ScenarioCommand {

    @Option(names = "--tasks", paramLabel = "N", converter = PositiveInt.class, defaultValue = "4",
            description = "Tasks per repetition (default: ${DEFAULT-VALUE}).")
    int tasks;

    @Option(names = "--rounds", paramLabel = "N", converter = PositiveInt.class,
            description = "SHA-256 rounds per task (default: sized here to take about one downstream wait).")
    Integer rounds;

    @Override
    Scenario scenario() {
        return new MixedScenario();
    }

    @Override
    Map<String, String> params() {
        Map<String, String> params = new HashMap<>(Map.of("tasks", Integer.toString(tasks)));
        if (rounds != null) {
            params.put("rounds", rounds.toString());
        }
        return params;
    }
}
