package dev.loomshowcase.cli;

import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenes.structured.StructuredScenario;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/** {@code showcase structured}: what a StructuredTaskScope guarantees, one case per cell. */
@Command(mixinStandardHelpOptions = true,
        description = "Structured concurrency: fail-fast, deadline, race, partial results, ScopedValue context, thread-dump tree.")
final class StructuredCommand extends ScenarioCommand {

    @Override
    Scenario scenario() {
        return new StructuredScenario();
    }

    /** Draws the scope tree the thread-dump case read back from its JSON thread dump. */
    @Override
    void printDetails(ScenarioResult result, PrintWriter out) {
        result.cells().stream()
                .filter(c -> "thread-dump".equals(c.extras().get("case")) && c.extras().get("tree") instanceof List<?>)
                .findFirst()
                .ifPresent(cell -> {
                    out.println();
                    out.println("scopes in the JSON thread dump (thread-dump case, last run):");
                    ((List<?>) cell.extras().get("tree")).forEach(line -> out.println("  " + line));
                });
    }
}
