package dev.loomshowcase.cli;

import dev.loomshowcase.observe.CgroupFiles;
import dev.loomshowcase.scenes.million.MillionScenario;
import dev.loomshowcase.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Locale;

/** {@code showcase million}: how many threads can you have? */
@Command(mixinStandardHelpOptions = true,
        description = "Start 1,000,000 sleeping virtual threads (quick: 100,000) against 10,000 platform threads "
                + "(quick: 2,000): time to start and finish, memory per thread, and the heap flags that help; "
                + "then a 1 KB cache per thread in a ThreadLocal against one object shared through a ScopedValue.")
final class MillionCommand extends ScenarioCommand {

    @Option(names = "--virtual", paramLabel = "N", converter = PositiveInt.class,
            description = "Virtual threads to start (default 1,000,000; quick 100,000).")
    Integer virtual;

    @Option(names = "--platform", paramLabel = "N", converter = PositiveInt.class,
            description = "Platform threads to start (default 10,000; quick 2,000); must stay under a quarter of the OS limit.")
    Integer platform;

    @Override
    Scenario scenario() {
        int v = virtual != null ? virtual : options.quick ? 100_000 : 1_000_000;
        int p = platform != null ? platform : options.quick ? 2_000 : 10_000;
        long cap = MillionScenario.platformCap(CgroupFiles.system().smallestThreadLimit());
        if (p > cap) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                    "--platform %d is above %d, a quarter of this machine's smallest thread limit; other programs need threads too", p, cap));
        }
        return new MillionScenario(v, p);
    }
}
