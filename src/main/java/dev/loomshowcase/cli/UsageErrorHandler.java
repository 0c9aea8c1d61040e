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
            String typed = unmatched.getUnmatched().getFirst();
            var known = unmatched.getCommandLine().getSubcommands().keySet();
            return Suggestion.closest(typed, known)
                    .map(name -> "unknown scenario '" + typed + "'; did you mean " + name + "?")
                    .orElse("unknown scenario '" + typed + "'; scenarios: " + String.join(", ", known));
        }
        return ex.getMessage().replace(System.lineSeparator(), " ");
    }
}
