package dev.loomshowcase.cli;

import dev.loomshowcase.dashboard.Dashboard;
import dev.loomshowcase.dashboard.MainJobRunner;
import dev.loomshowcase.scenes.SceneRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code showcase dashboard}: the live dashboard for the stage, until stopped. Ctrl-C stops the run in
 * progress and its child JVM with it.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = {"A live dashboard in the browser: run buttons, carrier lanes, threads in flight and results.",
                "Runs the scenes and the main job from the page and shows what they measure as it is measured",
                "(GET /, GET /events, POST /run/{scenario})."})
final class DashboardCommand implements Callable<Integer> {

    /** The browsers {@code --open} tries, in order. */
    static final List<String> BROWSERS = List.of("xdg-open", "chromium", "google-chrome", "firefox");

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}); beyond loopback the printed URL carries a token the page must send.")
    String host;

    @Option(names = "--port", defaultValue = "0", description = "Port; 0 picks a free one (default), printed at start.")
    int port;

    @Option(names = "--open", description = "Open the page in a browser.")
    boolean open;

    @Option(names = "--path", defaultValue = "/", hidden = true, description = "Page path to open (scripts/talk opens /?talk).")
    String path;

    @Option(names = "--for", paramLabel = "SECONDS", converter = PositiveInt.class,
            description = "Stop after this many seconds (default: run until Ctrl-C).")
    Integer seconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be within 0..65535, was " + port);
        }
        if (!path.startsWith("/")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--path must start with /, was '" + path + "'");
        }
        if (!dev.loomshowcase.dashboard.Reach.resolves(host)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--host must be an address or a name that resolves, was '" + host + "'");
        }
        if (!dev.loomshowcase.server.QuietStartup.canBind(host, port)) { // Helidon would log a stack trace and report port -1
            spec.commandLine().getErr().println("showcase: cannot listen on " + host + ":" + port + ": the address is in use or not this machine's");
            return CommandLine.ExitCode.SOFTWARE;
        }
        MainJobRunner mainJob = (options, progress, planned) -> new MainJob(SceneRegistry.mainJob(), SceneRegistry.matrix(), progress, planned).run(options, List.of());
        CountDownLatch stopped = new CountDownLatch(1);
        try (Dashboard dashboard = Dashboard.start(new Dashboard.Settings(host, port, 5_000), mainJob)) {
            Thread onCtrlC = new Thread(() -> {
                dashboard.close();
                stopped.countDown();
            }, "dashboard-stop");
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            try {
                return serve(dashboard, stopped);
            } finally {
                removeHook(onCtrlC);
            }
        }
    }

    /** Says where the dashboard is, opens it when asked, and waits until stopped. */
    private int serve(Dashboard dashboard, CountDownLatch stopped) throws InterruptedException {
        var out = spec.commandLine().getOut();
        out.println("dashboard on " + dashboard.address() + " (keys: N next scene, P pause, S stop; Ctrl-C to quit)");
        dev.loomshowcase.dashboard.Reach.note("dashboard", host, dashboard.port()).ifPresent(note -> out.println(note + ", with the token in the URL above"));
        out.flush();
        if (open) {
            out.println(openBrowser(dashboard.page(path)));
            out.flush();
        }
        if (seconds == null) {
            stopped.await();
        } else {
            stopped.await(seconds, TimeUnit.SECONDS);
        }
        return CommandLine.ExitCode.OK;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it closes the dashboard itself
        }
    }

    /** Starts the first browser found on the PATH; says which, or that none was found. */
    static String openBrowser(URI page) {
        for (String browser : BROWSERS) {
            try {
                new ProcessBuilder(browser, page.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return "opened " + page + " with " + browser;
            } catch (IOException notInstalled) {
                // try the next one
            }
        }
        return "no browser found (" + String.join(", ", BROWSERS) + "); open " + page + " yourself";
    }
}
