package dev.loomshowcase.cli;

import dev.loomshowcase.scenario.CoffeeShopScenario;
import dev.loomshowcase.scenario.Scene;
import picocli.CommandLine.Command;

/** {@code showcase coffee-shop}: one barista and three machines, then three baristas. */
@Command(name = "coffee-shop", mixinStandardHelpOptions = true,
        description = "One barista (1 carrier) and three machines (stub calls), then three baristas; "
                + "the event log and the totals. Carrier counts are fixed by the story (--carriers is ignored).")
final class CoffeeShopCommand extends SceneCommand {

    @Override
    Scene scene() {
        return new CoffeeShopScenario();
    }
}
