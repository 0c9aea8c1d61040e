package dev.loomshowcase.cli;

import dev.loomshowcase.engine.CpuSet;
import dev.loomshowcase.scenario.RunOptions;
import picocli.CommandLine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code --cores} and {@code --order-seed}, checked and turned into the runner's parameters. */
final class RunnerFlags {

    private RunnerFlags() {
    }

    /**
     * The runner parameters for these flags (either may be null).
     *
     * @throws CommandLine.ParameterException when {@code --cores} asks for more CPUs than this process may use
     */
    static Map<String, String> params(CommandLine cmd, List<Integer> cores, Long orderSeed) {
        Map<String, String> params = new HashMap<>();
        if (cores != null && !cores.isEmpty()) {
            int allowed = CpuSet.allowed().size();
            cores.stream().filter(n -> n > allowed).findFirst().ifPresent(n -> {
                throw new CommandLine.ParameterException(cmd, "--cores " + n + ": this machine lets the showcase use "
                        + allowed + " CPU(s)");
            });
            params.put(RunOptions.CORES, cores.stream().distinct().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (orderSeed != null) {
            params.put(RunOptions.ORDER_SEED, Long.toString(orderSeed));
        }
        return params;
    }
}
