package dev.loomshowcase.cli;

import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.scenario.Scene;
import dev.loomshowcase.scenario.TimelineScenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code showcase timeline}: tasks A-D on their carriers, drawn as lanes. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Tasks A-D (CPU, wait, CPU) drawn lane by lane from the carriers that ran them.")
final class TimelineCommand extends SceneCommand {

    @Option(names = "--svg", paramLabel = "FILE", description = "Also draw the lanes as an SVG image in FILE.")
    Path svg;

    @Override
    Scene scene() {
        return new TimelineScenario();
    }

    @Override
    void validate() {
        if (svg == null) {
            return;
        }
        Path parent = svg.toAbsolutePath().getParent();
        if (Files.isDirectory(svg) || (parent != null && Files.exists(parent) && !Files.isWritable(parent))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--svg " + svg + " is not a writable file path");
        }
    }

    @Override
    void afterPicture(ScenarioResult result, PrintWriter err) throws Exception {
        if (svg != null) {
            Path parent = svg.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(svg, TimelineScenario.svg(result), StandardCharsets.UTF_8);
            err.println("SVG written to " + svg);
        }
    }
}
