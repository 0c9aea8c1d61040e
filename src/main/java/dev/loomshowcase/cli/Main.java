package dev.loomshowcase.cli;

import picocli.CommandLine;

/** The single entry point behind {@code scripts/showcase}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        HelidonLogs.quietUnlessAsked();
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 ok, 1 runtime failure, 2 usage error. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, also used by tests to capture output. */
    public static CommandLine commandLine() {
        CommandLine root = new CommandLine(new ShowcaseCommand());
        SceneCommands.addTo(root);
        for (Object tool : new Object[] {new EnvCommand(), new ServeCommand(), new LoadCommand(), new StubsCommand(),
                new DashboardCommand(), new ScenesCommand(), new VerifyCommand()}) {
            root.addSubcommand(tool);
        }
        return root
                .setAllowSubcommandsAsOptionParameters(true)
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setExecutionExceptionHandler(new RuntimeErrorHandler());
    }
}
