package dev.loomshowcase.scenes.server;

import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.engine.Sample;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.ScenarioFindings;
import dev.loomshowcase.server.SweepRun;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code server} scenario's open-model part: a rate sweep per rival, and the knee of each.
 *
 * <p>Hypothesis: a closed loop answers "how many requests in flight"; an open model answers "what
 * latency at this rate". Offered a fixed rate, a server keeps its latency near the downstream delay W
 * until it runs out of something: a pool of P threads at P / W (Little's law), any server at
 * cores / CPU per request. Past that point requests queue and p99 climbs without bound. So the
 * virtual-thread server's knee should sit near its CPU bound, and the pool's near P / W, below it;
 * where the CPU bound is the lower of the two, virtual threads cannot move the knee.
 *
 * <p>Each rival the closed-loop levels measure gets one sweep cell: a closed-loop level of
 * {@link #calibrationClients} clients measures the CPU per request (server, stubs and load generator),
 * from which the capacity is predicted; then {@link #SHARES} of it are offered in turn, each after a
 * warm-up ({@link SweepRun}). The knee is the highest offered rate whose p99, counted from the intended
 * starts, stays under {@link Bands#KNEE_P99_DELAYS} x W, with no errors.
 */
final class RateSweep {

    /** Shares of the predicted capacity offered, from well below to above it. */
    static final List<Double> SHARES = List.of(0.25, 0.5, 1.0, 1.5, 2.0, 3.0);
    /** Clients of the closed-loop level that measures the CPU per request, at most the pool's threads. */
    static final int CALIBRATION_CLIENTS = 50;

    private RateSweep() {
    }

    static boolean isSweep(CellSpec spec) {
        return spec.params().containsKey(SweepRun.PARAM);
    }

    /**
     * One sweep cell per rival measured at the plan's highest level with the run's client: whatever
     * rivals the closed-loop plan holds, each named by its case or else its thread model. None in the main job.
     */
    static List<CellSpec> cells(List<CellSpec> closedLoop, RunOptions options, int delayMs) {
        if (options.inMainJob()) {
            return List.of(); // its matrix reads no sweep, and a sweep per rival would take it past about three minutes
        }
        int top = closedLoop.stream().mapToInt(c -> Integer.parseInt(c.param("concurrency"))).max().orElse(0);
        Map<String, CellSpec> rivals = new LinkedHashMap<>();
        for (CellSpec c : closedLoop) {
            boolean runClient = c.optionalParam("client").equals(closedLoop.getFirst().optionalParam("client"));
            if (Integer.parseInt(c.param("concurrency")) == top && runClient) {
                rivals.putIfAbsent(rival(c), c);
            }
        }
        return rivals.entrySet().stream().map(e -> cell(e.getValue(), e.getKey(), options, delayMs)).toList();
    }

    private static String rival(CellSpec spec) {
        return spec.optionalParam("case").orElse(spec.model().id());
    }

    private static CellSpec cell(CellSpec rival, String name, RunOptions options, int delayMs) {
        Map<String, String> p = new LinkedHashMap<>(rival.params());
        for (String level : List.of("warmupMs", "windowMs", "windows")) {
            p.remove(level);
        }
        p.put(SweepRun.PARAM, "true");
        p.put("rival", name);
        p.put("case", name + " open");
        p.put("concurrency", Integer.toString(calibrationClients(p)));
        p.put("delayMs", Integer.toString(delayMs));
        if (p.containsKey("stubsDelayScale")) {
            p.put("stubsDelayScale", Double.toString(delayMs / (double) ServerScenario.MAPPED_DELAY_MS));
        }
        p.put("deadlineMs", Integer.toString(Math.max(5000, delayMs * 5)));
        p.put("sweepShares", String.join(",", SHARES.stream().map(String::valueOf).toList()));
        p.put("sweepTimeoutMs", Long.toString(Math.max(2000, 10L * delayMs)));
        timings(options).forEach((k, v) -> p.put(k, Long.toString(v.toMillis())));
        return new CellSpec(rival.workload(), rival.model(), rival.carriers(), 0, 1, p);
    }

    /** The calibration level stays within the pool's threads, so that no rival is capped there. */
    private static int calibrationClients(Map<String, String> params) {
        return Math.min(CALIBRATION_CLIENTS, Integer.parseInt(params.getOrDefault("platformThreads", "50")));
    }

    /** Warm-ups and windows: short in quick mode. */
    static Map<String, Duration> timings(RunOptions options) {
        RunMode mode = options.mode();
        long[] ms = mode == RunMode.QUICK ? new long[]{2000, 1000, 1000, 2000}
                : mode == RunMode.THOROUGH ? new long[]{4000, 3000, 2000, 10_000}
                : new long[]{4000, 2000, 2000, 5000};
        Map<String, Duration> t = new LinkedHashMap<>();
        t.put("calibrationWarmupMs", Duration.ofMillis(ms[0]));
        t.put("calibrationWindowMs", Duration.ofMillis(ms[1]));
        t.put("sweepWarmupMs", Duration.ofMillis(ms[2]));
        t.put("sweepWindowMs", Duration.ofMillis(ms[3]));
        return t;
    }

    /** The sweep cells among {@code outcomes}, judged by their knees (the pool's sweep the baseline). */
    static List<CellResult> analyse(List<CellOutcome> outcomes) {
        List<CellResult> cells = new ArrayList<>();
        List<CellOutcome> sweeps = outcomes.stream().filter(o -> isSweep(o.spec())).toList();
        Optional<SweepRun.Figures> pool = sweeps.stream().filter(o -> o.ok() && o.spec().model() == ThreadModel.PLATFORM_POOL)
                .findFirst().map(o -> figures(o.report().extras()));
        sweeps.forEach(o -> cells.add(judge(o, pool)));
        return cells;
    }

    static SweepRun.Figures figures(Map<String, Object> extras) {
        return Json.read(extras, SweepRun.Figures.class);
    }

    /** The highest offered rate whose p99 stayed under {@link Bands#KNEE_P99_DELAYS} x W, with no errors. */
    static Optional<Double> knee(SweepRun.Figures f) {
        double limit = Bands.KNEE_P99_DELAYS * f.sweepDelayMs();
        return f.sweep().stream().filter(p -> p.errors().isEmpty() && p.latencyMs().getOrDefault("p99", Double.NaN) < limit)
                .map(SweepRun.Point::offeredRate).max(Double::compare);
    }

    /** True when the sweep's knee is its highest offered rate: the limit lies beyond the sweep, the knee is a lower bound. */
    static boolean unbounded(SweepRun.Figures f) {
        double top = f.sweep().stream().mapToDouble(SweepRun.Point::offeredRate).max().orElse(Double.NaN);
        return knee(f).map(k -> k >= top).orElse(false);
    }

    private static CellResult judge(CellOutcome o, Optional<SweepRun.Figures> pool) {
        Optional<Double> poolKnee = pool.flatMap(RateSweep::knee);
        CellSpec spec = o.spec();
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("case", spec.param("case"));
        extras.put("rival", spec.params().getOrDefault("rival", spec.model().id()));
        if (!o.ok()) {
            return new CellResult(spec.model(), spec.carriers(), null, null, null, null, Verdict.FAILED,
                    "failed: " + o.error(), o.error(), extras);
        }
        extras.putAll(o.report().extras());
        extras.put("case", spec.param("case"));
        SweepRun.Figures f = figures(o.report().extras());
        Optional<Double> knee = knee(f);
        extras.put("knee", knee.orElse(null));
        extras.put("kneeP99LimitMs", Bands.KNEE_P99_DELAYS * f.sweepDelayMs());
        Stats wall = Stats.of(o.report().samples().stream().map(Sample::wallMs).toList());
        Stats cpu = Stats.of(o.report().samples().stream().map(Sample::cpuMs).toList());
        Verdict verdict = verdict(spec.model(), knee, poolKnee);
        boolean lowerBounds = unbounded(f) || pool.map(RateSweep::unbounded).orElse(false);
        boolean starved = f.cpuMsPerRequest() == null || pool.map(p -> p.cpuMsPerRequest() == null).orElse(false);
        if ((lowerBounds || starved) && verdict != Verdict.BASELINE && verdict != Verdict.INCONCLUSIVE) {
            verdict = Verdict.INCONCLUSIVE; // a knee the sweep did not reach is a lower bound: no ratio to judge
        }
        Double ratio = knee.isPresent() && poolKnee.isPresent() ? knee.get() / poolKnee.get() : null;
        double cpuShare = cpu.median() / (wall.median() * dev.loomshowcase.engine.Analysis.effectiveCarriers(o));
        return new CellResult(spec.model(), spec.carriers(), wall, cpu, cpuShare, ratio, verdict,
                SweepNotes.reason(f, knee, poolKnee, !pool.map(RateSweep::unbounded).orElse(false), verdict)
                        + (starved && verdict != Verdict.BASELINE ? "; a closed-loop level with too few answers means "
                        + "something besides the thread model held a server back: not judged" : ""), null, extras);
    }

    /** The pool's sweep is the baseline; another rival helps when its knee is clearly above the pool's. */
    static Verdict verdict(ThreadModel model, Optional<Double> knee, Optional<Double> poolKnee) {
        if (model == ThreadModel.PLATFORM_POOL) {
            return Verdict.BASELINE;
        }
        if (knee.isEmpty() || poolKnee.isEmpty()) {
            return Verdict.INCONCLUSIVE;
        }
        double ratio = knee.get() / poolKnee.get();
        return ratio >= Bands.CLEARLY_APART ? Verdict.HELPS : ratio <= 1 / Bands.CLEARLY_APART ? Verdict.HURTS : Verdict.INCONCLUSIVE;
    }

    /**
     * For the JSON: every sweep point of every rival, each rival's knee (null when no rate held) and its
     * judgement; for the notes: each rival's reason and points, then the knees compared.
     */
    static ScenarioFindings findings(List<CellOutcome> outcomes) {
        List<CellResult> judged = analyse(outcomes);
        if (judged.isEmpty()) {
            return ScenarioFindings.NONE;
        }
        List<SweepRun.Point> points = new ArrayList<>();
        Map<String, Double> knees = new LinkedHashMap<>();
        List<Map<String, Object>> rivals = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (CellResult c : judged) {
            notes.add(c.label() + ": " + c.verdict().id() + ": " + c.reason());
            Map<String, Object> rival = new LinkedHashMap<>();
            rival.put("rival", String.valueOf(c.extras().getOrDefault("rival", c.model().id())));
            rival.put("verdict", c.verdict().id());
            rival.put("reason", c.reason());
            if (c.extras().containsKey("predictedCapacity")) {
                SweepRun.Figures f = figures(c.extras());
                points.addAll(f.sweep());
                knees.put(f.rival(), knee(f).orElse(null));
                rival.put("knee", knee(f).orElse(null));
                rival.put("kneeIsLowerBound", unbounded(f));
                rival.put("kneeVsPool", c.speedup());
                rival.put("predictedCapacity", f.predictedCapacity());
                rival.put("cpuMsPerRequest", f.cpuMsPerRequest());
                rival.put("sweepDelayMs", f.sweepDelayMs());
            } else {
                rival.put("error", c.error());
            }
            rivals.add(rival);
        }
        notes.addAll(SweepNotes.notes(judged));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sweep", points);
        json.put("knees", knees);
        json.put("kneeRule", String.format(Locale.ROOT, "highest offered rate with p99 (from intended starts) under %.1f x "
                + "the downstream delay, and no errors", Bands.KNEE_P99_DELAYS));
        json.put("sweepRivals", rivals);
        return new ScenarioFindings(json, notes);
    }
}
