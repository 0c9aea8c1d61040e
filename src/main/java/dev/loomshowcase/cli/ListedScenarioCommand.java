package dev.loomshowcase.cli;

import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenario.SceneEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command of a scene that has no options of its own beyond the common ones: one class for all of
 * them, made from the scene's registry entry, with the scenario's title as its description. A scene
 * with options of its own (e.g. {@code fetch-all --user}) has its own command class ({@link SceneCommands}).
 */
@Command(mixinStandardHelpOptions = true)
final class ListedScenarioCommand extends ScenarioCommand {

    private final SceneEntry entry;

    private ListedScenarioCommand(SceneEntry entry) {
        this.entry = entry;
    }

    @Override
    Scenario scenario() {
        return entry.scenarioFor(options.quick ? RunMode.QUICK : RunMode.STANDARD).orElseThrow();
    }

    /** The command line of a scene with no options of its own. */
    static CommandLine of(SceneEntry entry) {
        CommandLine command = new CommandLine(new ListedScenarioCommand(entry));
        command.getCommandSpec().usageMessage().description(entry.scenarioFor(RunMode.QUICK).orElseThrow().title());
        return command;
    }
}
