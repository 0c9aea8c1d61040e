package dev.loomshowcase.cli;

import dev.loomshowcase.engine.Errors;
import dev.loomshowcase.scenes.pool.DatabaseUnavailableException;
import dev.loomshowcase.scenario.StubsUnavailableException;
import dev.loomshowcase.stubs.StubStartException;
import picocli.CommandLine;

/** A failure while running: one line on stderr, exit code 1, no stack trace. */
final class RuntimeErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        String message = ex instanceof StubsUnavailableException || ex instanceof StubStartException
                || ex instanceof DatabaseUnavailableException
                ? ex.getMessage()
                : Errors.describe(ex);
        cmd.getErr().println("showcase: " + message);
        cmd.getErr().flush();
        return CommandLine.ExitCode.SOFTWARE;
    }
}
