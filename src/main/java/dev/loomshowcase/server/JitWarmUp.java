package dev.loomshowcase.server;

import dev.loomshowcase.engine.JitSettling;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The warm-up {@code serve} and {@code stubs} run before they say they listen.
 *
 * <p>Why: a fresh JVM meeting its first wave of thousands of requests compiles its request path
 * (C2, about 5 CPU-seconds per process here) and loads its classes on the same 2 cores that should
 * answer them. Measured with wrk, 4000 clients and 20 s delays: cold processes reached 59-63% of
 * Little's bound. So each process first drives its own code in bursts against a copy of the stubs
 * whose delays are 1 ms, in the same JVM (the JIT's work is per JVM, not per server), then closes
 * that copy. With C2 on, compiling still went on through the load (134-160 of 178 req/s); with C1
 * only, as {@code scripts/showcase} starts these two commands, it ends inside the warm-up (178 of
 * 178). {@code --warmup-requests 0} skips it, to see the cold figure.
 */
public final class JitWarmUp {

    /**
     * Most requests of a warm-up by default. It runs in bursts of {@value #BURST} until the JIT compiler
     * is quiet ({@link JitSettling}): after one burst of 4000 the compilers still took about 5.8
     * CPU-seconds per process during the first 45 s of load.
     */
    public static final int DEFAULT_REQUESTS = 12_000;
    /** Requests of one burst; the compiler's quiet is judged burst by burst. */
    static final int BURST = 1000;
    /**
     * Clients of the warm-up. Many, because Helidon's client waits for its idle-connection monitor (a
     * read with a 101 ms timeout) before it reuses a connection: with 1 ms stubs an aggregate still
     * takes about 100-400 ms, and 32 clients made the warm-up last 53 s.
     */
    private static final int CLIENTS = 256;
    /** Factor that makes every fixed delay of the mappings 1 ms (the stubs' floor). */
    private static final double NO_DELAY = 1e-6;
    /**
     * Helidon's loggers, quiet while the throw-away server runs: its "bound" line names an address, and
     * scripts take the first address printed for the real server's.
     */
    private static final String HELIDON_LOGS = "io.helidon";
    private static final Duration LIMIT = Duration.ofSeconds(120);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private JitWarmUp() {
    }

    /**
     * Drives a throw-away server, with the thread model and client the real one will use, through
     * 1 ms stubs; returns the line {@code serve} prints.
     */
    public static String server(int requests, DownstreamClient.Kind client, Supplier<RequestThreads> threads)
            throws InterruptedException {
        long start = System.nanoTime();
        Logger helidon = Logger.getLogger(HELIDON_LOGS);
        Level level = helidon.getLevel();
        helidon.setLevel(Level.WARNING);
        try (StubServer stubs = StubServer.start(StubDirectory.locate(), 0, NO_DELAY, false);
             AggregatorServer server = AggregatorServer.start(new AggregatorServer.Settings("127.0.0.1", 0,
                     stubs.baseUrl(), Duration.ofSeconds(5), client, InFlightLimit.UNBOUNDED), threads.get())) {
            URI aggregate = server.uri().resolve("/aggregate/1");
            List<LoadResult> results = new ArrayList<>();
            int bursts = settle(requests, () -> results.add(drive(aggregate, BURST)));
            return line(bursts * BURST + " aggregates", results, start, bursts < maxBursts(requests));
        } finally {
            helidon.setLevel(level);
        }
    }

    /** Drives the stubs' own code (one third of the requests to each mapping the aggregator calls) through a 1 ms copy. */
    public static String stubs(Path root, int requests) throws InterruptedException {
        long start = System.nanoTime();
        try (StubServer stubs = StubServer.start(root, 0, NO_DELAY, false)) {
            URI base = stubs.baseUrl();
            int each = BURST / 3;
            List<LoadResult> results = new ArrayList<>();
            int bursts = settle(requests, () -> {
                results.add(drive(base.resolve("/users/1"), each));
                results.add(drive(base.resolve("/posts?userId=1"), each));
                results.add(drive(base.resolve("/comments?userId=1"), each));
            });
            return line(bursts * 3 * each + " stub calls", results, start, bursts < maxBursts(requests));
        }
    }

    /** Runs bursts until the compiler is quiet or {@code requests} are spent; returns the bursts run. */
    private static int settle(int requests, JitSettling.Repetition burst) throws InterruptedException {
        try {
            return JitSettling.settle(burst, maxBursts(requests));
        } catch (InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int maxBursts(int requests) {
        return Math.max(1, requests / BURST);
    }

    private static LoadResult drive(URI target, int requests) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("warm-up interrupted");
        }
        return LoadGenerator.run(new LoadSpec(target, CLIENTS, Duration.ZERO, LIMIT, (long) requests, REQUEST_TIMEOUT, false));
    }

    /** "warm-up (JIT): 6000 aggregates in 9.2 s through 1 ms stubs until the compiler was quiet, all answered 2xx". */
    private static String line(String what, List<LoadResult> results, long startNanos, boolean settled) {
        long ok = results.stream().mapToLong(LoadResult::ok).sum();
        var failed = new java.util.TreeMap<String, Long>();
        results.forEach(r -> r.errors().forEach((kind, n) -> failed.merge(kind, n, Long::sum)));
        String answered = failed.isEmpty() ? "all answered 2xx" : ok + " answered 2xx, failed " + failed + " (the warm-up is partial)";
        return String.format(Locale.ROOT, "warm-up (JIT, %s): %s in %.1f s through 1 ms stubs, %s, %s", compilers(), what,
                (System.nanoTime() - startNanos) / 1e9, settled ? "until the JIT compiler was quiet"
                        : "stopped at its cap with the JIT compiler still busy", answered);
    }

    /** Which compilers this JVM runs: scripts/showcase starts serve and stubs with C1 only unless LOOM_SHOWCASE_JIT=full. */
    static String compilers() {
        var hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        boolean c1Only = hotspot != null && "1".equals(hotspot.getVMOption("TieredStopAtLevel").getValue());
        return c1Only ? "C1 only; LOOM_SHOWCASE_JIT=full for C2 too" : "C1 and C2";
    }
}
