package dev.loomshowcase.cli;

import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.report.TimelinePicture;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenes.timeline.TimelineScenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code showcase timeline}: tasks A-D on their carriers, drawn as lanes. The scenario yields the
 * recorded events; this command draws them ({@link TimelinePicture}) in the terminal and, with
 * {@code --svg}, as an image.
 */
@Command(mixinStandardHelpOptions = true,
        description = "Tasks A-D (CPU, wait, CPU) drawn lane by lane from the carriers that ran them.")
final class TimelineCommand extends ScenarioCommand {

    @Option(names = "--svg", paramLabel = "FILE", description = "Also draw the lanes as an SVG image in FILE.")
    Path svg;

    @Override
    Scenario scenario() {
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
    void printDetails(ScenarioResult result, PrintWriter out) throws Exception {
        out.print(TimelinePicture.render(result));
        out.flush();
        if (svg != null) {
            Path parent = svg.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(svg, TimelinePicture.svg(result), StandardCharsets.UTF_8);
            spec.commandLine().getErr().println("SVG written to " + svg);
        }
    }
}
