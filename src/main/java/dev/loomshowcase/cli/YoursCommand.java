package dev.loomshowcase.cli;

import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.report.JsonReport;
import dev.loomshowcase.report.TableRenderer;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.ScenarioRunner;
import dev.loomshowcase.scenes.yours.YourTaskException;
import dev.loomshowcase.scenes.yours.YoursAnswer;
import dev.loomshowcase.scenes.yours.YoursResult;
import dev.loomshowcase.scenes.yours.YoursScenario;
import dev.loomshowcase.scenes.yours.TaskFactory;
import dev.loomshowcase.scenes.yours.TaskLoadException;
import dev.loomshowcase.scenes.yours.TaskLoader;
import dev.loomshowcase.scenes.yours.TaskSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code showcase yours}: the seed's exercise 3 on a person's own task. */
@Command(mixinStandardHelpOptions = true,
        description = {"Your own code: is it I/O- or CPU-bound, would concurrency help? (the seed's exercise 3)",
                "Runs a batch of copies of your task one after another, on virtual threads at 1 and N carriers, on a pool "
                        + "of N platform threads and on a thread per task, each in a child JVM, and answers in three "
                        + "sentences with the numbers behind them. Try:",
                "  --class dev.loomshowcase.scenes.yours.examples.Hashing"})
final class YoursCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ScenarioOptions options;

    @Option(names = "--jar", paramLabel = "PATH", description = "A jar holding your task's class.")
    String jar;

    @Option(names = "--classpath", paramLabel = "PATH", description = "Class path (dirs and jars, ':'-separated) holding your task.")
    String classPath;

    @Option(names = "--class", paramLabel = "NAME", description = "A public Runnable or Callable with a public no-argument constructor.")
    String className;

    @Option(names = "--method", paramLabel = "CLASS::METHOD", description = "A public static no-argument method, e.g. com.acme.Reports::build.")
    String method;

    @Option(names = "--url", paramLabel = "URL", description = "An HTTP GET as the task (loopback only unless --allow-remote).")
    URI url;

    @Option(names = "--allow-remote", description = "Allow a --url that is not a loopback address.")
    boolean allowRemote;

    @Option(names = "--tasks", paramLabel = "N", converter = PositiveInt.class,
            description = "Copies of the task in one batch (default: as many as take about 1 s one after another).")
    Integer tasks;

    @Option(names = "--timeout", defaultValue = "120s", converter = DurationValue.class,
            description = "Time limit of one cell's child JVM; a task that hangs is stopped by it (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--with-stubs", description = "Start the stubs and tell the task their URL (system property loomshowcase.stubs).")
    boolean withStubs;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write yours.json and yours.md into DIR.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine cmd = spec.commandLine();
        RunOptions runOptions = options.toRunOptions(cmd, Map.of());
        TaskSource source = checkedSource(cmd);
        PrintWriter err = cmd.getErr();
        YoursScenario scenario = new YoursScenario(source, tasks, timeout, withStubs, err::println);
        ScenarioResult result;
        try {
            result = new ScenarioRunner(ProgressLine.forConsole(err)).run(scenario, runOptions);
        } catch (YourTaskException e) {
            err.println("showcase: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
        YoursAnswer answer = scenario.judge().answer(result.cells());
        YoursResult document = YoursResult.of(result, scenario, source.label(), answer);
        String text = TableRenderer.render(result) + YoursText.answer(answer);
        cmd.getOut().print(text);
        cmd.getOut().flush();
        write(document, text, err);
        var failure = scenario.firstFailure(result.cells());
        if (failure.isPresent()) {
            err.println("showcase: " + failure.get());
            return CommandLine.ExitCode.SOFTWARE;
        }
        return CommandLine.ExitCode.OK;
    }

    /** The task the options name, loaded once here (no code of it runs) so that bad input is refused before any child starts. */
    private TaskSource checkedSource(CommandLine cmd) {
        int named = (className != null ? 1 : 0) + (method != null ? 1 : 0) + (url != null ? 1 : 0);
        if (named != 1) {
            throw new CommandLine.ParameterException(cmd, "name your task with exactly one of --class, --method, --url");
        }
        if (jar != null && classPath != null) {
            throw new CommandLine.ParameterException(cmd, "--jar and --classpath exclude each other");
        }
        if (url != null && (jar != null || classPath != null)) {
            throw new CommandLine.ParameterException(cmd, "--url takes no --jar or --classpath");
        }
        try {
            TaskSource source = url != null ? TaskSource.ofUrl(url, allowRemote)
                    : TaskSource.ofCode(jar != null ? jar : classPath, className != null ? className : method);
            if (source.kind() != TaskSource.Kind.URL) {
                try (TaskFactory ignored = TaskLoader.load(source, timeout)) {
                    return source;
                }
            }
            return source;
        } catch (TaskLoadException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
    }

    private void write(YoursResult document, String text, PrintWriter err) throws IOException {
        if (options.json() != null) {
            JsonReport.write(document, options.json());
            err.println("JSON written to " + options.json());
        }
        if (out != null) {
            Files.createDirectories(out);
            JsonReport.write(document, out.resolve("yours.json"));
            Files.writeString(out.resolve("yours.md"), "```\n" + text + "```\n", StandardCharsets.UTF_8);
            err.println("report written: " + out.resolve("yours.json") + ", " + out.resolve("yours.md"));
        }
    }
}
