package dev.loomshowcase.cli;

import dev.loomshowcase.scenario.SceneEntry;
import dev.loomshowcase.scenes.SceneRegistry;
import dev.loomshowcase.scenes.calculateall.CalculateAllWorkload;
import dev.loomshowcase.scenes.coordination.CoordinationWorkload;
import dev.loomshowcase.scenes.fetchall.FetchAllWorkload;
import dev.loomshowcase.scenes.million.MillionWorkload;
import dev.loomshowcase.scenes.mixed.MixedWorkload;
import dev.loomshowcase.scenes.payments.PaymentsWorkload;
import dev.loomshowcase.scenes.pool.PoolWorkload;
import dev.loomshowcase.scenes.structured.StructuredWorkload;
import dev.loomshowcase.scenes.sum.SumWorkload;
import dev.loomshowcase.scenes.timeline.TimelineWorkload;
import dev.loomshowcase.scenes.yours.YoursWorkload;
import dev.loomshowcase.server.ServerLoadWorkload;
import picocli.CommandLine;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One subcommand per scene of the {@link SceneRegistry}, in registry order: the scene's own command
 * class where it has options of its own, else a {@link ListedScenarioCommand}. A scene with no cells
 * and no command of its own (the talk's {@code env} step is the {@code env} tool) gets none here.
 */
final class SceneCommands {

    /** The scenes whose commands have options of their own. */
    private static final Map<String, Supplier<Object>> OWN = Map.ofEntries(
            Map.entry(FetchAllWorkload.NAME, FetchAllCommand::new),
            Map.entry(CalculateAllWorkload.NAME, CalculateAllCommand::new),
            Map.entry(MixedWorkload.NAME, MixedCommand::new),
            Map.entry(CoordinationWorkload.NAME, CoordinationCommand::new),
            Map.entry(SumWorkload.NAME, SumCommand::new),
            Map.entry(PaymentsWorkload.NAME, PaymentsCommand::new),
            Map.entry(StructuredWorkload.NAME, StructuredCommand::new),
            Map.entry(TimelineWorkload.NAME, TimelineCommand::new),
            Map.entry(MillionWorkload.NAME, MillionCommand::new),
            Map.entry(ServerLoadWorkload.NAME, ServerCommand::new),
            Map.entry(PoolWorkload.NAME, PoolCommand::new),
            Map.entry(YoursWorkload.NAME, YoursCommand::new));

    private SceneCommands() {
    }

    /** Adds every scene's subcommand to {@code root}, named as the registry names it. */
    static void addTo(CommandLine root) {
        for (SceneEntry entry : SceneRegistry.all()) {
            Supplier<Object> own = OWN.get(entry.name());
            if (own != null) {
                root.addSubcommand(entry.name(), new CommandLine(own.get()));
            } else if (entry.scenario() != null) {
                root.addSubcommand(entry.name(), ListedScenarioCommand.of(entry));
            }
        }
    }
}
