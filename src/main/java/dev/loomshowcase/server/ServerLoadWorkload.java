package dev.loomshowcase.server;

import com.sun.management.UnixOperatingSystemMXBean;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Workload;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.StructuredTaskScope;

/**
 * One cell of the {@code server} scenario, run inside the cell's child JVM: an aggregator server
 * (virtual threads, or the platform-pool baseline) under closed-loop load at one concurrency.
 *
 * <p>The load generator runs in the same JVM as the server. A separate JVM would not free any core
 * (both share the machine's cores either way) and would add a process to start, watch and stop; in
 * the same JVM the cell's carrier count governs the server's request threads and the clients alike,
 * and its CPU time covers the whole client-server exchange. While the load runs, a probe client GETs
 * one stub directly, one request at a time: its latency staying at the configured delay shows the
 * stubs were not the bottleneck.
 */
public final class ServerLoadWorkload implements Workload {

    public static final String NAME = "server";
    /** The stub the probe calls: the user service, whose delay is the downstream delay. */
    static final String PROBE_PATH = "/users/1";

    private final AggregatorServer server;
    private final URI stubs;
    private final int concurrency;
    private final Duration warmup;
    /**
     * The warm-up before every window after the first: the JIT is warm by then, only the clients'
     * connections are new, so three windows (what a verdict needs) cost little more than one.
     */
    private static final Duration LATER_WARMUP = Duration.ofMillis(500);
    private final Duration window;
    private final int delayMs;
    private final Integer platformThreads;
    private final List<LoadResult> loads = new ArrayList<>();
    private final List<LoadResult> probes = new ArrayList<>();
    private final List<Double> machineBusy = new ArrayList<>();

    private ServerLoadWorkload(AggregatorServer server, CellSpec spec, Integer platformThreads) {
        this.server = server;
        this.stubs = URI.create(spec.param("stubs"));
        this.concurrency = Integer.parseInt(spec.param("concurrency"));
        this.warmup = Duration.ofMillis(Long.parseLong(spec.param("warmupMs")));
        this.window = Duration.ofMillis(Long.parseLong(spec.param("windowMs")));
        this.delayMs = Integer.parseInt(spec.param("delayMs"));
        this.platformThreads = platformThreads;
    }

    /** Starts the cell's server: virtual for {@code virtual}, a pool of {@code platformThreads} otherwise. */
    public static ServerLoadWorkload fromSpec(CellSpec spec) {
        requireFileDescriptors(Integer.parseInt(spec.param("concurrency")));
        Integer pool = spec.model() == ThreadModel.VIRTUAL ? null : Integer.valueOf(spec.param("platformThreads"));
        RequestThreads threads = pool == null ? RequestThreads.virtual() : RequestThreads.platformPool(pool);
        var settings = new AggregatorServer.Settings("127.0.0.1", 0, URI.create(spec.param("stubs")),
                Duration.ofMillis(Long.parseLong(spec.param("deadlineMs"))));
        return new ServerLoadWorkload(AggregatorServer.start(settings, threads), spec, pool);
    }

    /**
     * Each client holds a connection to the server, and each in-flight request up to three to the stubs,
     * all in this JVM: at 1000 clients that is ~4000 sockets, beyond the common default limit of 1024.
     * Failing here says so plainly instead of as a "Too many open files" in the middle of the load.
     */
    static void requireFileDescriptors(int concurrency) {
        long needed = 4L * concurrency + 500;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
                && unix.getMaxFileDescriptorCount() < needed) {
            throw new IllegalStateException("the open-file limit is " + unix.getMaxFileDescriptorCount() + " but "
                    + concurrency + " clients need about " + needed + " sockets; raise it (ulimit -n " + needed + ")");
        }
    }

    @Override
    public List<Callable<Object>> tasks() {
        return List.of(this::loadAndProbe);
    }

    /** The load and the stub probe side by side, over the same warm-up and window. */
    private LoadResult loadAndProbe() throws InterruptedException {
        Duration warmup = loads.isEmpty() || this.warmup.compareTo(LATER_WARMUP) < 0 ? this.warmup : LATER_WARMUP;
        LoadSpec load = LoadSpec.of(server.uri().resolve("/aggregate/1"), concurrency, warmup, window);
        LoadSpec probe = LoadSpec.of(stubs.resolve(PROBE_PATH), 1, warmup, window);
        try (var scope = StructuredTaskScope.open()) {
            var loaded = scope.fork(() -> LoadGenerator.run(load));
            var probed = scope.fork(() -> LoadGenerator.run(probe));
            var busy = scope.fork(() -> MachineCpu.busyShare(warmup, window));
            scope.join();
            loads.add(loaded.get());
            probes.add(probed.get());
            machineBusy.add(busy.get().orElse(Double.NaN));
            return loaded.get();
        }
    }

    @Override
    public void verify(List<Object> results) {
        if (results.size() != 1 || !(results.getFirst() instanceof LoadResult result) || result.ok() == 0) {
            throw new IllegalStateException("the load run got no successful answer: " + results);
        }
    }

    /** The median-throughput run's figures, with the throughput range over all runs. */
    @Override
    public Map<String, Object> extras() {
        List<LoadResult> sorted = loads.stream().sorted(Comparator.comparingDouble(LoadResult::throughput)).toList();
        LoadResult median = sorted.get(sorted.size() / 2);
        LoadResult probe = probes.get(loads.indexOf(median));
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("concurrency", concurrency);
        if (platformThreads != null) {
            extras.put("platformThreads", platformThreads);
        }
        extras.put("throughput", round(median.throughput()));
        extras.put("throughputRange", Map.of("min", round(sorted.getFirst().throughput()), "max", round(sorted.getLast().throughput())));
        extras.put("littleBound", round(concurrency / (delayMs / 1000.0)));
        extras.put("latencyMs", percentiles(median));
        extras.put("answered", median.ok());
        extras.put("errors", median.errors());
        extras.put("downstreamDelayMs", delayMs);
        extras.put("stubLatencyMs", percentiles(probe));
        double busy = machineBusy.get(loads.indexOf(median));
        if (!Double.isNaN(busy)) {
            extras.put("machineCpuBusy", Math.round(busy * 100) / 100.0);
        }
        return extras;
    }

    private static Map<String, Double> percentiles(LoadResult result) {
        Map<String, Double> p = new LinkedHashMap<>();
        for (String name : List.of("p50", "p90", "p99", "max")) {
            p.put(name, round(result.latency(name)));
        }
        return p;
    }

    private static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 10) / 10.0;
    }

    @Override
    public void close() {
        server.close();
    }
}
