package dev.loomshowcase.cli;

import dev.loomshowcase.scenario.Scene;
import dev.loomshowcase.scenario.TrapsScenario;
import picocli.CommandLine.Command;

/** {@code showcase traps}: the seed's four interview traps, each judged by a measurement. */
@Command(name = "traps", mixinStandardHelpOptions = true,
        description = "The seed's four interview traps: claim, experiment, measurement, verdict. "
                + "Carrier counts are fixed by the experiments (--carriers is ignored).")
final class TrapsCommand extends SceneCommand {

    @Override
    Scene scene() {
        return new TrapsScenario();
    }
}
