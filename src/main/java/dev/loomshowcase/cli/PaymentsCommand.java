package dev.loomshowcase.cli;

import dev.loomshowcase.scenes.payments.PaymentsScenario;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenes.payments.PaymentsWorkload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code showcase payments}: the seed's fintech failure, 1000 signing tasks run four ways. */
@Command(mixinStandardHelpOptions = true,
        description = {"CPU-bound: 1000 payment signatures (ECDSA P-256), unbounded vs bounded threads.",
                "The batch is signed by 1000 OS threads, 1000 virtual threads, a pool of one platform",
                "thread per core, and 1000 virtual threads bounded by a semaphore of the core count.",
                "Cells run at the largest --carriers (default: the core count)."})
final class PaymentsCommand extends ScenarioCommand {

    @Option(names = "--payments", paramLabel = "N", converter = PositiveInt.class,
            defaultValue = "" + PaymentsWorkload.DEFAULT_PAYMENTS,
            description = "Payments per batch = tasks = threads of the unbounded models (default: ${DEFAULT-VALUE}).")
    int payments;

    @Override
    Scenario scenario() {
        return new PaymentsScenario();
    }

    @Override
    Map<String, String> params() {
        return Map.of(PaymentsScenario.PAYMENTS, Integer.toString(payments));
    }
}
