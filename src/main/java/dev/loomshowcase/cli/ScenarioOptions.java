package dev.loomshowcase.cli;

import dev.loomshowcase.observe.PinningMonitor;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The options every scenario shares: carriers, mode, stubs, JSON output and JFR pinning watch. */
public final class ScenarioOptions {

    @Option(names = "--carriers", split = ",", paramLabel = "N", converter = PositiveInt.class,
            description = "Carrier counts to measure, e.g. 1,2,4 (the JVM's GOMAXPROCS). Default: 1 and the core count.")
    List<Integer> carriers;

    @Option(names = "--cores", split = ",", paramLabel = "N", converter = PositiveInt.class,
            description = "Confine each cell's child JVM to N CPUs (taskset, -XX:ActiveProcessorCount), e.g. 1 or 1,2: "
                    + "the seed's single-core and multi-core columns. Default: every CPU.")
    List<Integer> cores;

    @Option(names = "--order-seed", paramLabel = "SEED",
            description = "Seed of the cells' shuffled order (printed in the notes of every run; give it to repeat an order).")
    Long orderSeed;

    @Option(names = "--quick", description = "A first look: shorter delays, fewer repetitions.")
    boolean quick;

    @Option(names = "--thorough", description = "Talk-quality numbers: more warm-ups and repetitions.")
    boolean thorough;

    @Option(names = "--stubs", paramLabel = "URL", converter = ServiceUrl.class,
            description = "Use stubs already running at URL (see scripts/stubs) instead of starting them embedded.")
    URI stubs;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result as JSON to FILE.")
    Path json;

    @Option(names = "--jfr", description = "Watch every cell with JFR and report its jdk.VirtualThreadPinned events.")
    boolean jfr;

    /** The run options these flags describe. */
    RunOptions toRunOptions(CommandLine cmd, Map<String, String> params) {
        if (quick && thorough) {
            throw new CommandLine.ParameterException(cmd, "--quick and --thorough exclude each other");
        }
        RunMode mode = quick ? RunMode.QUICK : thorough ? RunMode.THOROUGH : RunMode.STANDARD;
        List<Integer> counts = carriers == null ? RunOptions.defaultCarriers() : carriers.stream().distinct().toList();
        Map<String, String> all = new java.util.HashMap<>(params);
        all.putAll(RunnerFlags.params(cmd, cores, orderSeed));
        if (jfr) {
            all.put(PinningMonitor.PARAM, "true");
        }
        return new RunOptions(mode, counts, stubs, all);
    }

    Path json() {
        return json;
    }
}
