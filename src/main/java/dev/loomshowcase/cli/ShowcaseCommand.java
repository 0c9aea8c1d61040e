package dev.loomshowcase.cli;

import dev.loomshowcase.report.MatrixRenderer;
import dev.loomshowcase.report.ReportFiles;
import dev.loomshowcase.report.TableRenderer;
import dev.loomshowcase.report.VerdictReport;
import dev.loomshowcase.scenario.MatrixRow;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenes.SceneRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code showcase [SCENARIO] [OPTIONS]}: with no scenario, runs the main job: every scenario in quick
 * mode, then the seed's decision matrix filled with the numbers measured here, printed last and
 * written to a report directory (JSON, Markdown, HTML with charts).
 */
@Command(name = "showcase", mixinStandardHelpOptions = true, version = "loom-showcase 0.1.0",
        description = {
                "When do virtual threads and structured concurrency help, and when do they not? Measured here.",
                "With no scenario, runs the main job: every scenario (quick), then the seed's decision matrix."},
        commandListHeading = "%nScenarios and tools:%n")
final class ShowcaseCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "A first look in under 3 minutes (the default).")
    boolean quick;

    @Option(names = "--thorough", description = "Stage-quality numbers: seed-scale delays, more repetitions (slow).")
    boolean thorough;

    @Option(names = "--only", split = ",", paramLabel = "SCENARIO",
            description = "Run only these scenarios (names or matrix rows, e.g. fetch-all,coordination).")
    List<String> only;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "loom-showcase-report",
            description = "Report directory (default: ./${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--carriers", split = ",", paramLabel = "N", converter = PositiveInt.class,
            description = "Carrier counts to measure (default: 1 and the core count).")
    List<Integer> carriers;

    @Option(names = "--cores", split = ",", paramLabel = "N", converter = PositiveInt.class,
            description = "Confine each cell's child JVM to N CPUs (taskset, -XX:ActiveProcessorCount). Default: every CPU.")
    List<Integer> cores;

    @Option(names = "--order-seed", paramLabel = "SEED", description = "Seed of the cells' shuffled order (printed).")
    Long orderSeed;

    @Option(names = "--stubs", paramLabel = "URL", converter = ServiceUrl.class, description = "Use stubs already running at URL instead of embedded ones.")
    URI stubs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine cmd = spec.commandLine();
        if (quick && thorough) {
            throw new CommandLine.ParameterException(cmd, "--quick and --thorough exclude each other");
        }
        List<Scenario> catalog = SceneRegistry.mainJob();
        List<MatrixRow> rows = SceneRegistry.matrix();
        List<String> selected = selection(cmd, catalog, rows);
        RunMode mode = thorough ? RunMode.THOROUGH : RunMode.QUICK;
        List<Integer> counts = carriers == null ? RunOptions.defaultCarriers() : carriers.stream().distinct().toList();
        RunOptions options = new RunOptions(mode, counts, stubs, RunnerFlags.params(cmd, cores, orderSeed));
        var err = cmd.getErr();
        ProgressLine progress = ProgressLine.forConsole(err);
        VerdictReport report = new MainJob(catalog, rows, progress, progress::spanning).run(options, selected);
        var files = ReportFiles.write(report, out);
        var console = cmd.getOut();
        report.scenarios().forEach(s -> console.println(TableRenderer.render(s)));
        console.println("report written: " + String.join(", ", files.stream().map(Path::toString).toList()));
        var verified = dev.loomshowcase.report.ClaimCheck.check(files.getFirst());
        console.print("showcase verify " + files.getFirst() + ": ");
        int verify = VerifyCommand.print(verified, console);
        console.println();
        console.print(MatrixRenderer.render(report));
        console.flush();
        return report.anyFailed() || verify != CommandLine.ExitCode.OK ? CommandLine.ExitCode.SOFTWARE : CommandLine.ExitCode.OK;
    }

    /** The scenario names of {@code --only}, matrix row ids translated; a name known to neither is a usage error. */
    private List<String> selection(CommandLine cmd, List<Scenario> catalog, List<MatrixRow> rows) {
        if (only == null) {
            return List.of();
        }
        Set<String> known = new LinkedHashSet<>();
        catalog.forEach(s -> known.add(s.name()));
        List<String> names = new ArrayList<>();
        rows.forEach(row -> known.add(row.scenario()));
        for (String name : only) {
            String scenario = rows.stream().filter(r -> r.id().equals(name.strip()))
                    .map(MatrixRow::scenario).findFirst().orElse(name.strip());
            if (!known.contains(scenario)) {
                Set<String> ids = new LinkedHashSet<>(rows.stream().map(MatrixRow::id).toList());
                Set<String> both = new LinkedHashSet<>(known);
                both.addAll(ids);
                String hint = Suggestion.closest(name.strip(), both).map(s -> "did you mean " + s + "? ").orElse("");
                throw new CommandLine.ParameterException(cmd, "--only: unknown scenario '" + name + "'; " + hint
                        + "scenarios: " + String.join(", ", known) + "; matrix rows: " + String.join(", ", ids));
            }
            names.add(scenario);
        }
        return names;
    }
}
