package dev.loomshowcase.cli;

import dev.loomshowcase.scenes.pool.PoolScenario;
import dev.loomshowcase.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;

/** {@code showcase pool}: N queries through a connection pool of P, platform threads vs virtual threads. */
@Command(mixinStandardHelpOptions = true,
        description = "Connection pool: N queries that each wait W in a real database through HikariCP's P connections; "
                + "a pool of P platform threads vs virtual threads, against Little's bound min(N, P) / W. "
                + "Embedded H2 over TCP by default; PostgreSQL with --jdbc-url.")
final class PoolCommand extends ScenarioCommand {

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "A PostgreSQL database instead of the embedded one, e.g. 'jdbc:postgresql://127.0.0.1/postgres?user=U&password=P'.")
    String jdbcUrl;

    @Option(names = "--tasks", paramLabel = "N", converter = PositiveInt.class,
            description = "Queries per repetition (default 1000; quick 200).")
    Integer tasks;

    @Option(names = "--pool", paramLabel = "P", converter = PositiveInt.class, defaultValue = "10",
            description = "Connections in the pool, and threads of the platform pool (default: ${DEFAULT-VALUE}).")
    int pool;

    @Option(names = "--query-ms", paramLabel = "W", converter = PositiveInt.class, defaultValue = "50",
            description = "How long each query waits in the database, ms (default: ${DEFAULT-VALUE}).")
    int queryMs;

    @Option(names = "--connection-timeout-ms", paramLabel = "MS", converter = PositiveInt.class, defaultValue = "30000",
            description = "HikariCP's connection time-out, at least 250 ms (default: ${DEFAULT-VALUE}).")
    int connectionTimeoutMs;

    @Override
    Scenario scenario() {
        return new PoolScenario();
    }

    @Override
    void validate() {
        if (connectionTimeoutMs < 250) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--connection-timeout-ms must be at least 250 (HikariCP's minimum)");
        }
    }

    @Override
    Map<String, String> params() {
        Map<String, String> params = new HashMap<>();
        if (jdbcUrl != null) {
            params.put("jdbcUrl", jdbcUrl);
        }
        if (tasks != null) {
            params.put("tasks", Integer.toString(tasks));
        }
        params.put("connections", Integer.toString(pool));
        params.put("queryMs", Integer.toString(queryMs));
        params.put("connectionTimeoutMs", Integer.toString(connectionTimeoutMs));
        return params;
    }
}
