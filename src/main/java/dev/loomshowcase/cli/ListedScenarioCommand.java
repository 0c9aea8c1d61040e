package dev.loomshowcase.cli;

import dev.loomshowcase.scenario.CoffeeShopScenario;
import dev.loomshowcase.scenario.PitfallsScenario;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenario.TrapsScenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.function.Supplier;

/**
 * The command of a scenario that has no options of its own beyond the common ones: one class for
 * all of them, registered from {@link #LISTED} under the scenario's name, instead of a class each.
 * A scenario with options of its own (e.g. {@code fetch-all --user}) keeps its own command class.
 */
@Command(mixinStandardHelpOptions = true)
final class ListedScenarioCommand extends ScenarioCommand {

    /**
     * A scenario and the description its command shows in {@code --help}.
     *
     * @param scenario    makes a fresh scenario for each run
     * @param description the command's description
     */
    record Listed(Supplier<Scenario> scenario, String description) {
    }

    /** The scenarios registered this way, in the order {@code --help} lists them. */
    static final List<Listed> LISTED = List.of(
            new Listed(PitfallsScenario::new,
                    "Pitfalls: native calls, upcalls, class init, synchronized (fixed), CPU starvation; JFR watching."),
            new Listed(CoffeeShopScenario::new,
                    "One barista (1 carrier) and three machines (stub calls), then three baristas; "
                            + "the event log and the totals. Carrier counts are fixed by the story (--carriers is ignored)."),
            new Listed(TrapsScenario::new,
                    "The seed's four interview traps: claim, experiment, measurement, verdict. "
                            + "Carrier counts are fixed by the experiments (--carriers is ignored)."));

    private final Supplier<Scenario> scenario;

    private ListedScenarioCommand(Supplier<Scenario> scenario) {
        this.scenario = scenario;
    }

    @Override
    Scenario scenario() {
        return scenario.get();
    }

    /** Adds one subcommand per listed scenario to {@code root}, named after the scenario. */
    static void addTo(CommandLine root) {
        for (Listed listed : LISTED) {
            CommandLine command = new CommandLine(new ListedScenarioCommand(listed.scenario()));
            command.getCommandSpec().usageMessage().description(listed.description());
            root.addSubcommand(listed.scenario().get().name(), command);
        }
    }
}
