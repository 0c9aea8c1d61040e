package dev.loomshowcase.cli;

import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenes.sum.SumScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code showcase sum}: the seed's summing example as a size sweep, finding where splitting pays. */
@Command(mixinStandardHelpOptions = true,
        description = {"CPU-bound, small: sums of 10^3..10^8 numbers, whole vs split; where splitting pays.",
                "Each size is summed whole and split into concurrent slices on virtual threads, at each",
                "carrier count; the report names the crossover size. Precise sub-ms numbers: scripts/jmh."})
final class SumCommand extends ScenarioCommand {

    @Option(names = "--parts", split = ",", paramLabel = "K", converter = PositiveInt.class, defaultValue = "2",
            description = "Slice counts to try, each at least 2, e.g. 2,4 (default: ${DEFAULT-VALUE}).")
    List<Integer> parts;

    @Override
    Scenario scenario() {
        return new SumScenario();
    }

    @Override
    Map<String, String> params() {
        if (parts.stream().anyMatch(k -> k < 2)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--parts must be at least 2 (1 part is the sequential baseline), got " + parts);
        }
        return Map.of(SumScenario.PARTS, parts.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
}
