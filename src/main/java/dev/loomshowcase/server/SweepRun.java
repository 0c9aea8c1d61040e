package dev.loomshowcase.server;

import dev.loomshowcase.engine.CellSpec;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The open-model part of a {@code server} cell, run inside the cell's child JVM beside its server: a
 * rate sweep. First a closed-loop level (its warm-up too) measures the CPU per request of server, stubs
 * and load generator together, in the leanest of {@value #CALIBRATION_WINDOWS} windows; from it and Little's law the capacity is predicted:
 * cores / CPU per request, and for a server with a cap of P threads also P / delay, whichever is lower.
 * Then the open-model generator ({@link RateProcess}, a process of its own) offers shares of that
 * capacity, from well below to above it, each after a warm-up.
 *
 * <p>Parameters (all set by the scene's plan): {@value #PARAM}, {@code rival}, {@code concurrency} (the
 * closed-loop level's clients), {@code delayMs}, {@code sweepShares} (comma-separated shares of the
 * predicted capacity), {@code calibrationWarmupMs}, {@code calibrationWindowMs}, {@code sweepWarmupMs},
 * {@code sweepWindowMs}, {@code sweepTimeoutMs}.
 */
public final class SweepRun {

    /** The parameter that turns a server cell into a sweep. */
    public static final String PARAM = "sweep";
    /** Windows of the closed-loop level; the one with the least CPU per request counts, the JIT having settled most. */
    static final int CALIBRATION_WINDOWS = 3;
    /** A calibration window with fewer answers than this does not measure the CPU per request. */
    static final int MIN_CALIBRATION_ANSWERS = 30;

    /**
     * One offered rate's measurement.
     *
     * @param model        the rival
     * @param offeredRate  requests per second offered
     * @param achievedRate ok answers per second completed in the window
     * @param latencyMs    p50, p90, p99, p999, max, mean from each intended start
     * @param errors       failures by kind
     * @param maxInFlight  the most requests in flight
     * @param lagP99Ms     how late the generator started requests, p99
     */
    public record Point(String model, double offeredRate, double achievedRate, Map<String, Double> latencyMs,
                        Map<String, Long> errors, int maxInFlight, double lagP99Ms) {
    }

    /**
     * What the sweep measured and predicted.
     *
     * @param rival             the rival swept
     * @param sweepDelayMs      the downstream delay W
     * @param calibrationClients clients of the closed-loop level that measured the CPU per request
     * @param calibrationThroughput its answers per second
     * @param cpuMsPerRequest   CPU per answer of server, stubs and load generator together in that level;
     *                          null when no window had {@value #MIN_CALIBRATION_ANSWERS} answers
     * @param cores             cores this JVM saw
     * @param threadCap         the server's cap on requests in flight (a pool's threads), or null
     * @param predictedCapacity min(cores / CPU per request, threads / W), req/s
     * @param sweep             one point per offered rate, lowest first
     */
    public record Figures(String rival, int sweepDelayMs, int calibrationClients, double calibrationThroughput,
                          Double cpuMsPerRequest, int cores, Integer threadCap, double predictedCapacity, List<Point> sweep) {
    }

    private SweepRun() {
    }

    /** Measures the CPU per request in a closed loop against {@code target}, then sweeps the rates it predicts. */
    static Figures run(URI target, CellSpec spec, Integer threadCap, long stubsPid) throws IOException, InterruptedException {
        int clients = Integer.parseInt(spec.param("concurrency"));
        int delayMs = Integer.parseInt(spec.param("delayMs"));
        Duration timeout = Duration.ofMillis(Long.parseLong(spec.param("sweepTimeoutMs")));
        LoadSpec closed = new LoadSpec(target, clients, ms(spec, "calibrationWarmupMs"), ms(spec, "calibrationWindowMs"),
                null, timeout, false);
        double[][] cpu = new double[CALIBRATION_WINDOWS + 1][];
        LoadReport calibration = LoadProcess.run(closed, CALIBRATION_WINDOWS, k -> cpu[k] = new double[]{
                ProcessCpu.selfMs(), stubsPid > 0 ? ProcessCpu.ofMs(stubsPid) : 0});
        int best = 0;
        double perRequest = Double.MAX_VALUE;
        for (int w = 0; w < CALIBRATION_WINDOWS; w++) { // the JIT settles as the level runs: the leanest window counts
            if (calibration.windows().get(w).ok() < MIN_CALIBRATION_ANSWERS) {
                continue; // too few answers to divide the CPU by
            }
            double ms = cpu[w + 1][0] - cpu[w][0] + (cpu[w + 1][1] - cpu[w][1]) + calibration.cpuMs().get(w);
            double per = ms / calibration.windows().get(w).ok();
            if (per < perRequest) {
                perRequest = per;
                best = w;
            }
        }
        LoadResult level = calibration.windows().get(best);
        if (perRequest == Double.MAX_VALUE) {
            perRequest = Double.NaN; // no window had enough answers: the prediction falls back on the level's Little's bound
        }
        int cores = Runtime.getRuntime().availableProcessors();
        double capacity = Double.isNaN(perRequest) ? predictedCapacity(clients, delayMs, threadCap)
                : predictedCapacity(cores, perRequest, threadCap, delayMs);
        List<Double> rates = Arrays.stream(spec.param("sweepShares").split(","))
                .map(share -> Math.max(1, Math.round(capacity * Double.parseDouble(share)))).map(Long::doubleValue).toList();
        RateSpec base = new RateSpec(target, rates.getFirst(), ms(spec, "sweepWarmupMs"), ms(spec, "sweepWindowMs"),
                ServerLoadWorkload.clientsWithin(Math.max(0, ServerLoadWorkload.openFilesLimit())), timeout, false);
        String rival = spec.params().getOrDefault("rival", spec.model().id());
        List<Point> points = RateProcess.run(base, rates).stream().map(r -> new Point(rival, r.offeredRate(), r.achievedRate(),
                r.latencyMs(), r.errors(), r.maxInFlight(), r.scheduleLagMs().getOrDefault("p99", 0.0))).toList();
        return new Figures(rival, delayMs, clients, round(level.throughput()), roundCpu(perRequest), cores, threadCap,
                round(capacity), points);
    }

    private static Double roundCpu(double perRequest) {
        return Double.isNaN(perRequest) ? null : Math.round(perRequest * 100) / 100.0;
    }

    /** Without a CPU per request: the closed-loop level's own Little's bound, C / W, and threads / W for a server with a cap. */
    static double predictedCapacity(int clients, int delayMs, Integer threadCap) {
        return Math.min(clients, threadCap == null ? clients : threadCap) * 1000.0 / delayMs;
    }

    /** Little's law and the CPU: cores x 1000 / CPU ms per request, and threads / W for a server with a cap. */
    public static double predictedCapacity(int cores, double cpuMsPerRequest, Integer threadCap, int delayMs) {
        double byCpu = cores * 1000.0 / cpuMsPerRequest;
        return threadCap == null ? byCpu : Math.min(byCpu, threadCap * 1000.0 / delayMs);
    }

    /** How long a sweep cell may take at most, from its parameters. */
    public static Duration bound(CellSpec spec) {
        int rates = spec.param("sweepShares").split(",").length;
        long perRate = Long.parseLong(spec.param("sweepWarmupMs")) + Long.parseLong(spec.param("sweepWindowMs"))
                + Long.parseLong(spec.param("sweepTimeoutMs")) + 5000;
        return Duration.ofMillis(Long.parseLong(spec.param("calibrationWarmupMs"))
                + CALIBRATION_WINDOWS * Long.parseLong(spec.param("calibrationWindowMs"))
                + (rates + 1) * perRate + 60_000);
    }

    private static Duration ms(CellSpec spec, String name) {
        return Duration.ofMillis(Long.parseLong(spec.param(name)));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
