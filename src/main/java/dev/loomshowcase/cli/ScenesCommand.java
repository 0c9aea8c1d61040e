package dev.loomshowcase.cli;

import dev.loomshowcase.scenario.SceneEntry;
import dev.loomshowcase.scenes.SceneRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code showcase scenes}: the registry's scenes, one a line, tab-separated (name, title, caption), so
 * that {@code scripts/talk} plays the scenes and says the captions the registry holds, not a copy.
 */
@Command(name = "scenes", mixinStandardHelpOptions = true,
        description = "List the scenes (name, title, caption; tab-separated); --talk lists the talk's scenes in order.")
final class ScenesCommand implements Callable<Integer> {

    @Option(names = "--talk", description = "Only the scenes the talk plays, in its order.")
    boolean talk;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<SceneEntry> entries = talk ? SceneRegistry.talk() : SceneRegistry.all();
        var out = spec.commandLine().getOut();
        entries.forEach(e -> out.println(e.name() + "\t" + e.title() + "\t" + e.caption()));
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
