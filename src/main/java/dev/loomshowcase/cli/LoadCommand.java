package dev.loomshowcase.cli;

import dev.loomshowcase.engine.Json;
import dev.loomshowcase.server.LoadGenerator;
import dev.loomshowcase.server.LoadResult;
import dev.loomshowcase.server.LoadSpec;
import dev.loomshowcase.server.OpenLoadGenerator;
import dev.loomshowcase.server.RateResult;
import dev.loomshowcase.server.RateSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code showcase load URL}: a load test of one URL, e.g. a running {@code serve}: closed-loop with
 * {@code -c C}, open-model with {@code --rate R}.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Closed-loop load (-c C): C clients (virtual threads) GET URL back to back, after a warm-up.",
                "Open-model load (--rate R): a request starts every 1/R s whether or not earlier ones were answered, "
                        + "each on its own virtual thread; latency counts from each intended start.",
                "Prints rates, latency percentiles (HdrHistogram) and errors by kind. Loopback targets only unless --allow-remote."})
final class LoadCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL", description = "Target, e.g. http://127.0.0.1:8080/aggregate/1")
    URI target;

    @Option(names = {"-c", "--concurrency"}, defaultValue = "10", converter = PositiveInt.class,
            description = "Concurrent clients, 1..10000 (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--rate", paramLabel = "R",
            description = "Open model: start R requests per second on a fixed schedule (instead of -c).")
    Double rate;

    @Option(names = "--max-in-flight", paramLabel = "N", converter = PositiveInt.class,
            description = "With --rate: refuse (and count) a request that would exceed N in flight.")
    Integer maxInFlight;

    @Option(names = "--duration", defaultValue = "10s", converter = DurationValue.class,
            description = "Measured window, at most 600s (default: ${DEFAULT-VALUE}); e.g. 500ms, 10s, 2m.")
    Duration duration;

    @Option(names = "--requests", paramLabel = "N",
            description = "Stop after N measured answers (still bounded by --duration).")
    Long requests;

    @Option(names = "--warmup", defaultValue = "2s", converter = DurationValue.class,
            description = "Load before measuring, at most 120s (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--timeout", defaultValue = "60s", converter = DurationValue.class,
            description = "Limit of one request (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--allow-remote", description = "Allow a target that is not a loopback address.")
    boolean allowRemote;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result as JSON to FILE.")
    Path json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, IOException {
        if (rate != null || maxInFlight != null) {
            return openModel();
        }
        LoadSpec load;
        try {
            load = new LoadSpec(target, concurrency, warmup, duration, requests, timeout, allowRemote);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        LoadResult result = LoadGenerator.run(load);
        spec.commandLine().getOut().print(result.summary());
        spec.commandLine().getOut().flush();
        if (json != null) {
            Json.mapper().writeValue(json.toFile(), result);
        }
        if (result.ok() == 0) {
            spec.commandLine().getErr().println("showcase: no request succeeded in the measured window");
            return CommandLine.ExitCode.SOFTWARE;
        }
        return CommandLine.ExitCode.OK;
    }

    /** {@code --rate R}: the open model; a rate the generator could not keep is one line and exit 1. */
    private int openModel() throws InterruptedException, IOException {
        RateSpec load = rateSpec();
        RateResult result = OpenLoadGenerator.run(load);
        spec.commandLine().getOut().print(result.summary());
        spec.commandLine().getOut().flush();
        if (json != null) {
            Json.mapper().writeValue(json.toFile(), result);
        }
        if (!result.rateReached()) {
            spec.commandLine().getErr().println(String.format(Locale.ROOT, "showcase: this machine could not schedule "
                    + "%.0f requests per second: the generator reached %.0f", result.offeredRate(), result.startedRate()));
            return CommandLine.ExitCode.SOFTWARE;
        }
        if (result.ok() == 0) {
            spec.commandLine().getErr().println("showcase: no request succeeded in the measured window");
            return CommandLine.ExitCode.SOFTWARE;
        }
        return CommandLine.ExitCode.OK;
    }

    /** The open model's spec; --rate with -c or --requests, or --max-in-flight without --rate, is a usage error. */
    private RateSpec rateSpec() {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        String clash = rate == null ? "--max-in-flight needs --rate"
                : parsed.hasMatchedOption("--concurrency") ? "--rate and --concurrency are two load models; give one"
                : requests != null ? "--rate runs for --duration; --requests is for the closed loop" : null;
        if (clash != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), clash);
        }
        try {
            return new RateSpec(target, rate, warmup, duration, maxInFlight == null ? 0 : maxInFlight, timeout, allowRemote);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
