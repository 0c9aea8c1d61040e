package dev.loomshowcase.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.UnixOperatingSystemMXBean;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.LiveLine;
import dev.loomshowcase.engine.LiveSampler;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Workload;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;

/**
 * One cell of the {@code server} scenario, run inside the cell's child JVM: an aggregator server
 * (virtual threads, or the platform-pool baseline) under closed-loop load at one concurrency.
 *
 * <p>Three processes share the cores: this JVM (the server), the stubs (a JVM this cell starts with
 * its level's delay, {@link StubsProcess}, or whatever {@code --stubs} names) and the load generator, which {@link LoadProcess} starts in a JVM of
 * its own so it takes no carrier from the server. At each window boundary this side reads the CPU
 * time of the server and the stubs ({@link ProcessCpu}); the load process reports its own. So each
 * window's CPU is attributed per process, and the server's in-flight count is sampled by the server
 * itself ({@link InFlightSampler}). While the load runs, a probe GETs one stub directly, one request at
 * a time: its latency staying at the configured delay shows the stubs were not the bottleneck.
 */
public final class ServerLoadWorkload implements Workload {

    public static final String NAME = "server";
    /** The stub the probe calls: the user service, whose delay is the downstream delay. */
    static final String PROBE_PATH = "/users/1";
    /** Sockets one request in flight holds: its client's, and up to three to the stubs. */
    public static final int SOCKETS_PER_REQUEST = 4;
    /** Files a JVM holds besides the sockets (jars, pipes, selectors). */
    public static final int FILES_BESIDES_SOCKETS = 500;

    private final RunningAggregator server;
    private final java.util.concurrent.atomic.AtomicInteger blocked;
    private final StubsProcess ownStubs;
    private final URI stubs;
    private final CellSpec spec;
    private final Integer poolThreads;
    private final WindowMarks marks;
    private ServerCellFigures figures;
    private SweepRun.Figures sweep;

    private ServerLoadWorkload(RunningAggregator server, java.util.concurrent.atomic.AtomicInteger blocked, StubsProcess ownStubs,
                               URI stubs, long stubsPid, CellSpec spec, Integer poolThreads) {
        this.server = server;
        this.blocked = blocked;
        this.ownStubs = ownStubs;
        this.stubs = stubs;
        this.spec = spec;
        this.poolThreads = poolThreads;
        this.marks = new WindowMarks(windows(spec), stubsPid);
    }

    /**
     * Starts the cell's stubs (a process of their own with this level's delay, unless {@code stubs}
     * names running ones) and its server, the cell's rival: Helidon with a virtual thread per request
     * ({@code virtual}), a new platform thread per request ({@code platform-per-request}) or a pool of
     * {@code poolThreads} ({@code platform-pool}); or Vert.x ({@code reactive}), whose blocked-thread
     * warnings are counted.
     */
    public static ServerLoadWorkload fromSpec(CellSpec spec) {
        requireFileDescriptors(Integer.parseInt(spec.param("concurrency")));
        StubsProcess own = spec.params().containsKey("stubs") ? null : startStubs(spec);
        URI stubs = own != null ? own.baseUrl() : URI.create(spec.param("stubs"));
        Integer pool = spec.model() == ThreadModel.PLATFORM_POOL ? Integer.valueOf(spec.param("poolThreads")) : null;
        var settings = new AggregatorServer.Settings("127.0.0.1", 0, stubs,
                Duration.ofMillis(Long.parseLong(spec.param("deadlineMs"))), client(spec), InFlightLimit.UNBOUNDED);
        var blocked = new java.util.concurrent.atomic.AtomicInteger();
        try {
            RunningAggregator server = spec.model() == ThreadModel.REACTIVE
                    ? VertxAggregatorServer.start(settings, VertxAggregatorServer.defaultOptions(), line -> blocked.incrementAndGet())
                    : AggregatorServer.start(settings, switch (spec.model()) {
                        case PLATFORM_POOL -> RequestThreads.platformPool(pool);
                        case PLATFORM_PER_REQUEST -> RequestThreads.platformPerRequest();
                        default -> RequestThreads.virtual();
                    });
            return new ServerLoadWorkload(server, blocked, own, stubs, own != null ? own.pid() : stubsPid(spec), spec, pool);
        } catch (RuntimeException e) {
            if (own != null) {
                own.close();
            }
            throw e;
        }
    }

    private static StubsProcess startStubs(CellSpec spec) {
        try {
            return StubsProcess.start(Path.of(spec.param("stubsDir")), Double.parseDouble(spec.param("stubsDelayScale")));
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the stubs", e);
        }
    }

    private static DownstreamClient.Kind client(CellSpec spec) {
        String id = spec.params().getOrDefault("client", DownstreamClient.Kind.byDefault().id());
        return DownstreamClient.Kind.valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }

    private static int windows(CellSpec spec) {
        return Integer.parseInt(spec.params().getOrDefault("windows", "3"));
    }

    private static long stubsPid(CellSpec spec) {
        return Long.parseLong(spec.params().getOrDefault("stubsPid", "-1"));
    }

    /** The most clients a process with this open-files limit can hold in flight, per {@link #SOCKETS_PER_REQUEST}. */
    public static int clientsWithin(long openFiles) {
        return (int) Math.max(0, (openFiles - FILES_BESIDES_SOCKETS) / SOCKETS_PER_REQUEST);
    }

    /** This process's open-files limit, or -1 when unknown. */
    public static long openFilesLimit() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
                ? unix.getMaxFileDescriptorCount() : -1;
    }

    /**
     * Each in-flight request holds about four sockets in this JVM; failing here says so plainly
     * instead of as a "Too many open files" in the middle of the load.
     */
    static void requireFileDescriptors(int concurrency) {
        long limit = openFilesLimit();
        if (limit >= 0 && clientsWithin(limit) < concurrency) {
            long needed = (long) SOCKETS_PER_REQUEST * concurrency + FILES_BESIDES_SOCKETS;
            throw new IllegalStateException("the open-file limit is " + limit + " but " + concurrency
                    + " clients need about " + needed + " files; raise it (ulimit -n " + needed + ")");
        }
    }

    @Override
    public List<Callable<Object>> tasks() {
        return List.of(spec.params().containsKey(SweepRun.PARAM) ? this::sweep : this::loadAndProbe);
    }

    /** A sweep cell: a closed-loop level to measure the CPU per request, then the open-model rates ({@link SweepRun}). */
    private SweepRun.Figures sweep() throws Exception {
        sweep = SweepRun.run(server.uri().resolve("/aggregate/1"), spec, poolThreads, marks.stubsPid());
        return sweep;
    }

    /** The load (its own process), the stub probe and the in-flight sampler over the same windows. */
    private LoadReport loadAndProbe() throws Exception {
        int concurrency = Integer.parseInt(spec.param("concurrency"));
        Duration warmup = Duration.ofMillis(Long.parseLong(spec.param("warmupMs")));
        Duration window = Duration.ofMillis(Long.parseLong(spec.param("windowMs")));
        int windows = windows(spec);
        Duration timeout = Duration.ofMillis(Math.max(60_000, 3 * Long.parseLong(spec.param("deadlineMs"))));
        Duration rampUp = Duration.ofMillis(Math.min(warmup.toMillis(), Long.parseLong(spec.params().getOrDefault("delayMs", "0"))));
        LoadSpec load = new LoadSpec(server.uri().resolve("/aggregate/1"), concurrency, warmup, window, null, timeout, false, rampUp);
        LoadSpec probe = LoadSpec.of(stubs.resolve(PROBE_PATH), 1, warmup, window.multipliedBy(windows));
        try (var sampler = new InFlightSampler(() -> server.inFlight().inFlight(), windows);
             var live = liveIfAsked(concurrency);
             var scope = StructuredTaskScope.open()) {
            var probed = scope.fork(() -> LoadGenerator.run(probe));
            var loaded = scope.fork(() -> LoadProcess.run(load, windows, boundary -> {
                marks.mark(boundary);
                sampler.window(boundary);
            }));
            scope.join();
            figures = CellFigures.of(spec, poolThreads, loaded.get(), probed.get(), marks, sampler,
                    new CellFigures.ServerCost(ProcessStatus.peakRssBytes(), sampler.maxOsThreads(),
                            spec.model() == ThreadModel.REACTIVE ? blocked.get() : null));
            return loaded.get();
        }
    }

    /** For the dashboard: the server's own in-flight count and answer rate, printed as it runs (null when not asked). */
    private LiveSampler liveIfAsked(int concurrency) {
        if (!LiveLine.requested(spec)) {
            return null;
        }
        long delayMs = Long.parseLong(spec.params().getOrDefault("delayMs", "1000"));
        return LiveLoad.sample(server.inFlight(), concurrency, delayMs, spec.model().id());
    }

    @Override
    public void verify(List<Object> results) {
        if (sweep != null) {
            if (sweep.sweep().stream().allMatch(p -> p.latencyMs().isEmpty())) {
                throw new IllegalStateException("the sweep got no successful answer at any rate: " + sweep);
            }
            return;
        }
        if (results.size() != 1 || !(results.getFirst() instanceof LoadReport report)
                || report.windows().stream().mapToLong(LoadResult::ok).sum() == 0) {
            throw new IllegalStateException("the load run got no successful answer: " + results);
        }
    }

    /** The figures of the windows, typed ({@link ServerCellFigures}) and written as the cell's extras. */
    @SuppressWarnings("unchecked")
    @Override
    public Map<String, Object> extras() {
        return new ObjectMapper().convertValue(sweep != null ? sweep : figures, Map.class);
    }

    @Override
    public void close() {
        server.close();
        if (ownStubs != null) {
            ownStubs.close();
        }
    }
}
