package dev.loomshowcase.cli;

import dev.loomshowcase.scenes.coordination.CoordinationScenario;
import dev.loomshowcase.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;

/** {@code showcase coordination}: the seed's coordination-heavy row. */
@Command(mixinStandardHelpOptions = true,
        description = "Coordination-heavy: task pairs ping-pong a value through a SynchronousQueue, little work between.")
final class CoordinationCommand extends ScenarioCommand {

    @Option(names = "--pairs", paramLabel = "N", converter = PositiveInt.class, defaultValue = "2",
            description = "Ping-pong pairs, two tasks each (default: ${DEFAULT-VALUE}).")
    int pairs;

    @Option(names = "--handoffs", paramLabel = "N", converter = PositiveInt.class,
            description = "Round trips per pair (default: 500000, a fifth with --quick).")
    Integer handoffs;

    @Option(names = "--work", paramLabel = "N", converter = PositiveInt.class, defaultValue = "50",
            description = "Mixing steps per hand-off, the work between two hand-offs (default: ${DEFAULT-VALUE}).")
    int work;

    @Override
    Scenario scenario() {
        return new CoordinationScenario();
    }

    @Override
    Map<String, String> params() {
        Map<String, String> params = new HashMap<>(Map.of("pairs", Integer.toString(pairs), "work", Integer.toString(work)));
        if (handoffs != null) {
            params.put("handoffs", handoffs.toString());
        }
        return params;
    }
}
