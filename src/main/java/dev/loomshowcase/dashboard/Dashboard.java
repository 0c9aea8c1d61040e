package dev.loomshowcase.dashboard;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;

import java.net.URI;

/**
 * The live dashboard for the stage: a Helidon SE server with one page, its scripts, a stream of
 * server-sent events ({@code /events}) and run buttons ({@code POST /run/{scenario}}). A speaker runs
 * the talk from a browser; the room sees carriers, threads in flight and results as they happen,
 * all measured by the engine in child JVMs exactly as on the terminal.
 *
 * <p>Only its own page starts or stops runs ({@link RequestGuard}); bound beyond loopback, it makes a
 * random token at start, which {@link #address} and {@link #page} carry. Closing it stops the run in progress, which kills
 * its child JVM.
 * {@snippet :
 * try (Dashboard dashboard = Dashboard.start(Dashboard.Settings.loopback(0), mainJob)) {
 *     System.out.println(dashboard.address()); // http://127.0.0.1:PORT (beyond loopback: http://HOST:PORT/?token=...)
 * }
 * }
 */
public final class Dashboard implements AutoCloseable {

    /** How long a run may go on with no page listening before it is stopped. */
    static final long UNWATCHED_LIMIT_MS = 5_000;

    /**
     * @param host             the address to bind; 127.0.0.1 unless a speaker asks for another
     * @param port             0 for a free port
     * @param unwatchedLimitMs stop a run after this long with no page listening
     */
    public record Settings(String host, int port, long unwatchedLimitMs) {

        public static Settings loopback(int port) {
            return new Settings("127.0.0.1", port, UNWATCHED_LIMIT_MS);
        }
    }

    private final WebServer server;
    private final String host;
    private final RequestGuard guard;
    private final EventHub hub;
    private final Runs runs;

    private Dashboard(WebServer server, String host, RequestGuard guard, EventHub hub, Runs runs) {
        this.server = server;
        this.host = host;
        this.guard = guard;
        this.hub = hub;
        this.runs = runs;
    }

    /** Starts the server; {@code mainJob} runs the main job when the page asks for it. */
    public static Dashboard start(Settings settings, MainJobRunner mainJob) {
        return start(settings, RequestGuard.forHost(settings.host()), mainJob);
    }

    /** Starts the server behind {@code guard}; a test gives a loopback server the guard of one beyond it. */
    static Dashboard start(Settings settings, RequestGuard guard, MainJobRunner mainJob) {
        EventHub hub = new EventHub();
        Runs runs = new Runs(hub, settings.unwatchedLimitMs());
        try {
            WebServer server = WebServer.builder()
                    .host(settings.host())
                    .port(settings.port())
                    .shutdownHook(false)
                    .featuresDiscoverServices(false)
                    .routing(routing -> routing(routing, guard, hub, runs, mainJob))
                    .build()
                    .start();
            if (!server.isRunning() || server.port() <= 0) { // Helidon logs a failure to bind, and reports port -1
                server.stop();
                throw new IllegalStateException("cannot listen on " + settings.host() + ":" + settings.port());
            }
            return new Dashboard(server, settings.host(), guard, hub, runs);
        } catch (RuntimeException e) {
            closeQuietly(runs);
            throw e;
        }
    }

    /** The routing shared by the server and its tests; {@code guard} comes first, so a request it refuses reaches no other route. */
    static void routing(HttpRouting.Builder routing, RequestGuard guard, EventHub hub, Runs runs, MainJobRunner mainJob) {
        routing.register("/", guard)
                .register("/", new PageService())
                .register("/events", new EventStream(hub, () -> runs.active().isPresent()))
                .register("/", new RunService(new Scenes(), runs, hub, mainJob));
    }

    public int port() {
        return server.port();
    }

    /** Base URL, e.g. {@code http://127.0.0.1:41234}. */
    public URI uri() {
        String address = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + address + ":" + server.port());
    }

    /** The page at {@code path} (e.g. {@code /?talk}), with the token when bound beyond loopback. */
    public URI page(String path) {
        URI page = uri().resolve(path);
        return guard.token().map(token -> URI.create(page + (page.getRawQuery() == null ? "?" : "&")
                + AccessToken.PARAM + "=" + token.value())).orElse(page);
    }

    /** The address to give the speaker: the base URL on loopback, the page with its token beyond ({@code http://HOST:PORT/?token=...}). */
    public URI address() {
        return guard.token().isPresent() ? page("/") : uri();
    }

    /** True while a run is in progress. */
    public boolean running() {
        return runs.active().isPresent();
    }

    /** Stops the run in progress (its child JVM with it), ends every stream, then stops the server. */
    @Override
    public void close() {
        closeQuietly(runs);
        hub.close();
        server.stop();
    }

    private static void closeQuietly(Runs runs) {
        try {
            runs.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
