package dev.loomshowcase.cli;

import dev.loomshowcase.scenes.calculateall.CalculateAllScenario;
import dev.loomshowcase.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code showcase calculate-all}: the seed's CPU-bound scenario, fib(n) three times. */
@Command(mixinStandardHelpOptions = true,
        description = "CPU-bound: fib(n) three times, sequential vs virtual threads vs platform threads.")
final class CalculateAllCommand extends ScenarioCommand {

    @Option(names = "--n", paramLabel = "N", converter = FibN.class,
            description = "Fix n (1..60) instead of calibrating it to ~1 s per call (~0.2 s with --quick).")
    Integer n;

    @Override
    Scenario scenario() {
        return new CalculateAllScenario();
    }

    @Override
    Map<String, String> params() {
        return n == null ? Map.of() : Map.of(CalculateAllScenario.N, Integer.toString(n));
    }
}
