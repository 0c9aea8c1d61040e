package dev.loomshowcase.cli;

import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenes.server.ServerScenario;
import dev.loomshowcase.server.DownstreamClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code showcase server}: the aggregator server under load, virtual threads against the rivals an evaluator would pick. */
@Command(mixinStandardHelpOptions = true,
        description = "Server, I/O-bound: the aggregator under closed-loop load at 10/100/1000/4000 clients (quick: up to 1000), "
                + "virtual threads vs a new platform thread per request, a pool of P platform threads and Vert.x (reactive), "
                + "against Little's bound.")
final class ServerCommand extends ScenarioCommand {

    @Option(names = {"--pool-threads", "--platform-threads"}, paramLabel = "P", converter = PositiveInt.class, defaultValue = "200",
            description = "Threads of the platform-pool rival (default: ${DEFAULT-VALUE}, Tomcat's maxThreads).")
    int poolThreads;

    @Option(names = "--client", paramLabel = "jdk|helidon", converter = ClientKind.class,
            description = "The server's downstream client; the other one is measured too, at 100 clients "
                    + "(default: helidon, which cost less server CPU with 4000 requests in flight here).")
    DownstreamClient.Kind client = DownstreamClient.Kind.byDefault();

    @Override
    Scenario scenario() {
        return new ServerScenario();
    }

    @Override
    Map<String, String> params() {
        return Map.of("poolThreads", Integer.toString(poolThreads), "client", client.id());
    }
}
