package dev.loomshowcase.cli;

import picocli.CommandLine;

/** Bad input: one line on stderr naming the problem, exit code 2; no usage dump, no stack trace. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("showcase: " + message(ex) + " (see: scripts/showcase --help)");
        cmd.getErr().flush();
        return CommandLine.ExitCode.USAGE;
    }

    private static String message(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
                && unmatched.getCommandLine().getParent() == null
                && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().getFirst().startsWith("-")) {
            return "unknown scenario '" + unmatched.getUnmatched().getFirst() + "'; scenarios: "
                    + String.join(", ", unmatched.getCommandLine().getSubcommands().keySet());
        }
        return ex.getMessage().replace(System.lineSeparator(), " ");
    }
}
