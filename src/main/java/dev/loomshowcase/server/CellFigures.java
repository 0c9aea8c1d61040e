package dev.loomshowcase.server;

import dev.loomshowcase.engine.CellSpec;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Turns one cell's windows, probe and per-process CPU readings into its {@link ServerCellFigures}. */
final class CellFigures {

    private CellFigures() {
    }

    /** What the server process cost: peak resident memory, peak live OS threads, Vert.x's blocked-thread warnings (reactive only). */
    record ServerCost(long rssBytes, int osThreads, Integer blockedWarnings) {
    }

    static ServerCellFigures of(CellSpec spec, Integer poolThreads, LoadReport load, LoadResult probe,
                                WindowMarks marks, InFlightSampler sampler, ServerCost cost) {
        List<LoadResult> windows = load.windows();
        List<LoadResult> sorted = windows.stream().sorted(Comparator.comparingDouble(LoadResult::throughput)).toList();
        LoadResult median = sorted.get(sorted.size() / 2);
        int concurrency = Integer.parseInt(spec.param("concurrency"));
        int delayMs = Integer.parseInt(spec.param("delayMs"));
        long answered = windows.stream().mapToLong(LoadResult::ok).sum();
        Map<String, Long> errors = new HashMap<>();
        windows.forEach(w -> w.errors().forEach((kind, n) -> errors.merge(kind, n, Long::sum)));
        double loadCpu = load.cpuMs().stream().mapToDouble(Double::doubleValue).sum();
        return new ServerCellFigures(spec.params().get("case"), concurrency, poolThreads,
                spec.params().getOrDefault("client", DownstreamClient.Kind.byDefault().id()), delayMs,
                round(overTheSpan(windows)),
                Map.of("min", round(sorted.getFirst().throughput()), "max", round(sorted.getLast().throughput())),
                round(concurrency / (delayMs / 1000.0)), percentiles(median), median.ok(), errors,
                cost.rssBytes() < 0 ? null : cost.rssBytes(), cost.osThreads() < 0 ? null : cost.osThreads(), cost.blockedWarnings(),
                load.warmupMs(), load.settled(),
                inFlight(sampler, windows.size()),
                perProcess(marks.serverCpuMs() / answered, marks.stubsCpuMs() / answered, loadCpu / answered, 100),
                busy(marks, loadCpu),
                Double.isNaN(marks.machineBusy()) ? null : round(marks.machineBusy(), 100),
                percentiles(probe),
                IntStream.range(0, windows.size()).mapToObj(w -> window(windows.get(w), sampler.mean(w))).toList());
    }

    /**
     * Answers per second over all the windows together. A closed loop keeps its clients' phases, so a window
     * not much longer than one request can catch a wave of answers (at 1000 clients and W = 3 s, windows of
     * 4.5 s gave 359, 308 and 358 req/s against a bound of 333): their median can exceed Little's bound, the
     * whole span averages the waves out. The windows' own rates stay the cell's range.
     */
    static double overTheSpan(List<LoadResult> windows) {
        double spanMs = windows.stream().mapToDouble(LoadResult::windowMs).sum();
        return spanMs <= 0 ? 0 : windows.stream().mapToLong(LoadResult::ok).sum() * 1000.0 / spanMs;
    }

    private static ServerCellFigures.WindowFigures window(LoadResult w, double inFlight) {
        return new ServerCellFigures.WindowFigures(round(w.throughput()), round(w.latency("p50")), round(w.latency("p99")),
                w.errorCount(), round(inFlight));
    }

    private static Map<String, Double> inFlight(InFlightSampler sampler, int windows) {
        double mean = IntStream.range(0, windows).mapToDouble(sampler::mean).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
        int max = IntStream.range(0, windows).map(sampler::max).max().orElse(0);
        return Map.of("mean", round(mean), "max", (double) max);
    }

    /** Each process's CPU over the windows as a share of all the machine's cores. */
    private static Map<String, Double> busy(WindowMarks marks, double loadCpuMs) {
        double capacity = marks.spanMs() * Runtime.getRuntime().availableProcessors();
        return perProcess(marks.serverCpuMs() / capacity, marks.stubsCpuMs() / capacity, loadCpuMs / capacity, 1000);
    }

    private static Map<String, Double> perProcess(double server, double stubs, double load, int scale) {
        Map<String, Double> parts = new LinkedHashMap<>();
        parts.put("server", round(server, scale));
        if (!Double.isNaN(stubs)) {
            parts.put("stubs", round(stubs, scale));
        }
        parts.put("load", round(load, scale));
        return parts;
    }

    private static Map<String, Double> percentiles(LoadResult result) {
        Map<String, Double> p = new LinkedHashMap<>();
        for (String name : List.of("p50", "p90", "p99", "p999", "max")) {
            p.put(name, round(result.latency(name)));
        }
        return p;
    }

    private static double round(double value) {
        return round(value, 10);
    }

    private static double round(double value, int scale) {
        return Double.isNaN(value) || Double.isInfinite(value) ? value : (double) Math.round(value * scale) / scale;
    }
}
