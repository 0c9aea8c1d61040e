package dev.loomshowcase.cli;

import dev.loomshowcase.server.JitWarmUp;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code showcase stubs}: the downstream stubs as a process of their own, so scenarios can use them
 * through {@code --stubs URL} from another process or host.
 */
@Command(name = "stubs", mixinStandardHelpOptions = true,
        description = "Serve the downstream stubs (stub-services/) until stopped.")
final class StubsCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "0", description = "Port on 127.0.0.1; 0 picks a free one (default).")
    int port;

    @Option(names = "--delay-scale", defaultValue = "1.0",
            description = "Factor on every mapping's delay, e.g. 0.2 for quick runs (default: ${DEFAULT-VALUE}).")
    double delayScale;

    @Option(names = "--dir", description = "Stub directory (default: the project's stub-services/).")
    Path dir;

    @Option(names = "--journal",
            description = "Keep WireMock's request journal (off by default: walking it costs CPU on every call under load).")
    boolean journal;

    @Option(names = "--for", paramLabel = "SECONDS", converter = PositiveInt.class,
            description = "Stop after this many seconds (default: run until Ctrl-C).")
    Integer seconds;

    @Option(names = "--warmup-requests", paramLabel = "N", defaultValue = "" + JitWarmUp.DEFAULT_REQUESTS,
            description = "Calls of the JIT warm-up through a 1 ms copy of the stubs before they listen; 0 skips it (default: ${DEFAULT-VALUE}).")
    int warmupRequests;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be within 0..65535, was " + port);
        }
        if (warmupRequests < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--warmup-requests must be 0 (none) or more, was " + warmupRequests);
        }
        Path root = dir != null ? dir : StubDirectory.locate();
        CountDownLatch stopped = new CountDownLatch(1);
        try (StubServer stubs = StubServer.start(root, port, delayScale, journal)) {
            Thread hook = new Thread(stopped::countDown);
            Runtime.getRuntime().addShutdownHook(hook);
            String jit = warmupRequests == 0 ? "" : JitWarmUp.stubs(root, warmupRequests); // before the port is told
            spec.commandLine().getOut().println("stubs listening on " + stubs.baseUrl() + " (Ctrl-C to stop)");
            dev.loomshowcase.dashboard.Reach.note("stubs", stubs.baseUrl().getHost(), stubs.baseUrl().getPort()).ifPresent(spec.commandLine().getOut()::println);
            if (!jit.isEmpty()) {
                spec.commandLine().getOut().println(jit);
            }
            spec.commandLine().getOut().flush();
            if (seconds == null) {
                stopped.await();
            } else {
                stopped.await(seconds, TimeUnit.SECONDS);
            }
            return CommandLine.ExitCode.OK;
        }
    }
}
