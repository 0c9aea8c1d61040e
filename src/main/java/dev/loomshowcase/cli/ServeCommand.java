package dev.loomshowcase.cli;

import dev.loomshowcase.server.JitWarmUp;
import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.server.AggregatorServer;
import dev.loomshowcase.server.DownstreamClient;
import dev.loomshowcase.server.InFlightLimit;
import dev.loomshowcase.server.QuietStartup;
import dev.loomshowcase.server.RequestThreads;
import dev.loomshowcase.server.RunningAggregator;
import dev.loomshowcase.server.VertxAggregatorServer;
import dev.loomshowcase.server.ServerStartException;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code showcase serve}: the aggregator on Helidon SE 4, until stopped. With
 * {@code --platform-threads P} it serves the baseline instead: the same server and handler with each
 * request's work on a fixed pool of P platform threads.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve GET /aggregate/{userId} on Helidon SE 4 (a virtual thread per request) until stopped.",
                "Also /observe/health and /observe/metrics."})
final class ServeCommand implements Callable<Integer> {

    private static final String VERTX = "vertx";
    private static final java.util.Set<String> ENGINES = java.util.Set.of("helidon", VERTX);

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "0", description = "Port; 0 picks a free one (default), printed at start.")
    int port;

    @Option(names = "--stubs", paramLabel = "URL", converter = ServiceUrl.class,
            description = "Downstream base URL (default: start the embedded stubs on a free port).")
    URI stubs;

    @Option(names = "--deadline-ms", defaultValue = "5000", converter = PositiveInt.class,
            description = "Deadline of the three downstream calls, ms; 504 beyond it (default: ${DEFAULT-VALUE}).")
    int deadlineMs;

    @Option(names = "--engine", paramLabel = "helidon|vertx", defaultValue = "helidon",
            description = "helidon: Helidon SE 4 (default); vertx: the reactive rival on Vert.x 5 (event loops, Future.all, no blocking).")
    String engine;

    @Option(names = {"--pool-threads", "--platform-threads"}, paramLabel = "P", converter = PositiveInt.class,
            description = "Serve the platform-pool rival: each request's work on a fixed pool of P platform threads.")
    Integer platformThreads;

    @Option(names = "--per-request", description = "Serve the platform-per-request rival: a new platform thread per request, no cap.")
    boolean perRequest;

    @Option(names = "--delay-scale", defaultValue = "1.0",
            description = "Factor on the embedded stubs' delays (default: ${DEFAULT-VALUE}).")
    double delayScale;

    @Option(names = "--client", paramLabel = "jdk|helidon", converter = ClientKind.class,
            description = "Downstream HTTP client: jdk (java.net.http) or helidon (Helidon's blocking WebClient); "
                    + "default: helidon, which cost less server CPU with 4000 requests in flight here (see README).")
    DownstreamClient.Kind client = DownstreamClient.Kind.byDefault();

    @Option(names = "--max-in-flight", paramLabel = "N", defaultValue = "0",
            description = "Answer 503 with Retry-After at once beyond N requests in flight; 0 = no bound (default).")
    int maxInFlight;

    @Option(names = "--for", paramLabel = "SECONDS", converter = PositiveInt.class,
            description = "Stop after this many seconds (default: run until Ctrl-C).")
    Integer seconds;

    @Option(names = "--no-warmup", description = "Skip the warm-up: no JIT warm-up burst, and no first aggregate through the real downstream.")
    boolean noWarmup;

    @Option(names = "--warmup-requests", paramLabel = "N", defaultValue = "" + JitWarmUp.DEFAULT_REQUESTS,
            description = "Aggregates of the JIT warm-up through 1 ms stubs before the server listens; 0 skips it (default: ${DEFAULT-VALUE}).")
    int warmupRequests;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be within 0..65535, was " + port);
        }
        if (maxInFlight < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-in-flight must be 0 (no bound) or more, was " + maxInFlight);
        }
        if (warmupRequests < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--warmup-requests must be 0 (none) or more, was " + warmupRequests);
        }
        if (!ENGINES.contains(engine)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--engine must be helidon or vertx, got '" + engine + "'");
        }
        if (VERTX.equals(engine) && (platformThreads != null || perRequest)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pool-threads and --per-request choose Helidon's request threads; --engine vertx has event loops only");
        }
        if (platformThreads != null && perRequest) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pool-threads and --per-request are two rivals: pick one");
        }
        if (stubs != null && (stubs.getHost() == null || !"http".equals(stubs.getScheme()))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--stubs must be an http:// URL with a host, got '" + stubs + "'");
        }
        if (stubs != null) {
            return serve(stubs, "downstream: " + stubs);
        }
        try (StubServer embedded = StubServer.start(StubDirectory.locate(), 0, delayScale, false)) {
            return serve(embedded.baseUrl(), "downstream: embedded stubs at " + embedded.baseUrl());
        }
    }

    /** Serves until stopped; the {@code listening on} line comes first, as scripts read the first address printed. */
    private int serve(URI downstream, String downstreamNote) throws InterruptedException {
        if (port != 0 && !QuietStartup.canBind(host, port)) { // fail before a warm-up of seconds, not after
            spec.commandLine().getErr().println("showcase: cannot listen on " + host + ":" + port + ": the address is in use or not this machine's");
            return CommandLine.ExitCode.SOFTWARE;
        }
        boolean vertx = VERTX.equals(engine);
        String jit = noWarmup || warmupRequests == 0 ? ""
                : vertx ? "no JIT warm-up burst for --engine vertx: its first requests pay for the JIT\n"
                : JitWarmUp.server(warmupRequests, client, this::requestThreads) + "\n";
        var settings = new AggregatorServer.Settings(host, port, downstream, Duration.ofMillis(deadlineMs), client, maxInFlight);
        CountDownLatch stopped = new CountDownLatch(1);
        RunningAggregator started;
        try {
            started = vertx ? VertxAggregatorServer.start(settings, VertxAggregatorServer.defaultOptions(), line -> { })
                    : AggregatorServer.start(settings, requestThreads());
        } catch (ServerStartException e) {
            spec.commandLine().getErr().println("showcase: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
        try (RunningAggregator server = started) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            String warmup = noWarmup ? "" : "; " + warmUp(server.uri());
            var out = spec.commandLine().getOut();
            out.println("listening on " + server.uri() + " (" + describe() + "; Ctrl-C to stop)");
            dev.loomshowcase.dashboard.Reach.note("serve", host, server.uri().getPort()).ifPresent(note -> out.println(note + ", with no token"));
            out.println("try: curl " + server.uri() + "/aggregate/1");
            out.print(jit);
            out.println(downstreamNote + warmup);
            out.flush();
            if (seconds == null) {
                stopped.await();
            } else {
                stopped.await(seconds, TimeUnit.SECONDS);
            }
            return CommandLine.ExitCode.OK;
        }
    }

    /**
     * One aggregate through the real socket before clients come: the first request of a fresh JVM pays
     * for class loading, JIT and connection set-up (about as long as the downstream delay itself on a
     * busy 2-core machine), which is not what a client should measure.
     */
    private static String warmUp(URI base) throws InterruptedException {
        long start = System.nanoTime();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/aggregate/1")).timeout(Duration.ofSeconds(30)).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return "warm-up /aggregate/1: " + status + " in " + (System.nanoTime() - start) / 1_000_000 + " ms";
        } catch (IOException e) {
            return "warm-up /aggregate/1 failed: " + e.getMessage();
        }
    }

    private RequestThreads requestThreads() {
        return perRequest ? RequestThreads.platformPerRequest()
                : platformThreads == null ? RequestThreads.virtual() : RequestThreads.platformPool(platformThreads);
    }

    private String describe() {
        String model = VERTX.equals(engine) ? "reactive: Vert.x 5 event loops, Future.all, Vert.x Web Client"
                : perRequest ? "a new platform thread per request, no cap"
                : platformThreads == null ? "a virtual thread per request"
                : "each request on a pool of " + platformThreads + " platform threads";
        if (VERTX.equals(engine)) {
            return model + (maxInFlight == InFlightLimit.UNBOUNDED ? "" : ", 503 beyond " + maxInFlight + " in flight");
        }
        String bound = maxInFlight == InFlightLimit.UNBOUNDED ? "" : ", 503 beyond " + maxInFlight + " in flight";
        return model + ", " + client.id() + " client" + bound;
    }
}
