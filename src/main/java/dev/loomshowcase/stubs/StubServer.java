package dev.loomshowcase.stubs;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The downstream services, served by a real WireMock over {@code stub-services/}.
 *
 * <p>Delays, faults and replicas are mappings, not code. This class only decides where the server
 * listens, how many threads it has, and, for quick runs, scales every mapping's fixed delay: a
 * delayed response is held by WireMock's asynchronous response scheduler, not by a server thread,
 * so the stubs never queue delayed answers behind each other at the concurrency the scenarios use.
 */
public final class StubServer implements AutoCloseable {

    /** Server threads for requests being read and answered (delays do not hold them). */
    static final int CONTAINER_THREADS = 200;
    /**
     * Connections waiting to be accepted: a server under 4000 clients opens 12,000 to the stubs in a
     * burst, which Jetty's default queue would partly refuse (answered 502 by the server).
     */
    static final int ACCEPT_QUEUE = 8192;
    /** Threads that release delayed responses when their delay is up. */
    static final int ASYNC_RESPONSE_THREADS = 64;

    /**
     * Requests the journal keeps for checks: plenty for any test. Gzip is off: no client here asks for
     * it, yet its handler took a tenth of the stubs' CPU under load (JFR).
     */
    static final int JOURNAL_ENTRIES = 1_000;

    /** WireMock's own log would drown the scenario's output; failures surface as HTTP errors instead. */
    private static final Notifier SILENT = new Notifier() {
        @Override
        public void info(String message) {
        }

        @Override
        public void error(String message) {
        }

        @Override
        public void error(String message, Throwable t) {
        }
    };

    private final WireMockServer server;

    private StubServer(WireMockServer server) {
        this.server = server;
    }

    /**
     * Starts the stubs.
     *
     * @param root       the stub-services directory (holding {@code mappings/} and {@code __files/})
     * @param port       port to bind on 127.0.0.1; 0 picks a free one
     * @param delayScale factor applied to every fixed delay (1.0 = as written in the mappings)
     * @throws StubStartException when the directory is missing or the port cannot be bound
     */
    public static StubServer start(Path root, int port, double delayScale) {
        return start(root, port, delayScale, true);
    }

    /**
     * Starts the stubs, with or without their request journal. Load tests go without: WireMock trims
     * the journal on every request by walking it, which took about a fifth of the stubs' CPU under
     * load (JFR) and made the stubs, not the server under test, the bottleneck.
     *
     * @param journal true to keep the last {@value #JOURNAL_ENTRIES} requests for checks
     */
    public static StubServer start(Path root, int port, double delayScale, boolean journal) {
        if (!Files.isDirectory(root.resolve("mappings"))) {
            throw new StubStartException("no stub mappings under " + root.toAbsolutePath() + "/mappings");
        }
        if (!(delayScale > 0)) {
            throw new StubStartException("delay scale must be above 0, was " + delayScale);
        }
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .port(port)
                .usingFilesUnderDirectory(root.toString())
                .containerThreads(CONTAINER_THREADS)
                .jettyAcceptQueueSize(ACCEPT_QUEUE)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(ASYNC_RESPONSE_THREADS)
                .maxRequestJournalEntries(JOURNAL_ENTRIES)
                .gzipDisabled(true)
                .stubRequestLoggingDisabled(true)
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
                .notifier(SILENT)
                .httpServerFactory(new NoHeaderCacheJetty());
        if (!journal) {
            options.disableRequestJournal();
        }
        WireMockServer server = new WireMockServer(options);
        try {
            server.start();
        } catch (Exception e) { // WireMock rethrows Jetty's checked failures unchecked
            stopQuietly(server);
            throw new StubStartException("cannot start stubs on 127.0.0.1:" + port + ": " + rootMessage(e));
        }
        StubServer stubs = new StubServer(server);
        stubs.lighten(root.resolve("__files"), delayScale);
        return stubs;
    }

    /** Base URL such as {@code http://127.0.0.1:41234}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    public int port() {
        return server.port();
    }

    /** The underlying server, for request-journal checks (e.g. that cancelled calls were abandoned). */
    public WireMockServer wireMock() {
        return server;
    }

    /**
     * Rewrites each mapping in memory: the fixed delay scaled, a body file read once into the mapping
     * (WireMock would read it from disk on every call otherwise) unless it is a template. The files
     * stay as they are.
     */
    private void lighten(Path files, double delayScale) {
        for (StubMapping mapping : server.listAllStubMappings().getMappings()) {
            ResponseDefinition response = mapping.getResponse();
            Integer delay = response.getFixedDelayMilliseconds();
            String bodyFile = isTemplate(response) ? null : response.getBodyFileName(); // templates stay files
            if ((delay == null || delayScale == 1.0) && bodyFile == null) {
                continue;
            }
            ResponseDefinitionBuilder lighter = ResponseDefinitionBuilder.like(response);
            if (delay != null) {
                lighter.withFixedDelay((int) Math.max(1, Math.round(delay * delayScale)));
            }
            if (bodyFile != null && Files.isRegularFile(files.resolve(bodyFile))) {
                lighter.withBodyFile(null).withBody(readBody(files.resolve(bodyFile)));
            }
            mapping.setResponse(lighter.build());
            server.editStubMapping(mapping);
        }
    }

    private static boolean isTemplate(ResponseDefinition response) {
        return response.getTransformers() != null && !response.getTransformers().isEmpty();
    }

    private static byte[] readBody(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StubStartException("cannot read stub body " + file + ": " + e.getMessage());
        }
    }

    private static void stopQuietly(WireMockServer server) {
        try {
            server.stop();
        } catch (Exception alreadyStopped) { // Jetty reports "STOPPED", sometimes as a checked exception
            // a server that never started has nothing to stop
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    @Override
    public void close() {
        server.stop();
    }
}
