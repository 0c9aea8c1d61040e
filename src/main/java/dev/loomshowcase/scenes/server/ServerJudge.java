package dev.loomshowcase.scenes.server;

import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellMain;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Comparison;
import dev.loomshowcase.engine.Metric;
import dev.loomshowcase.engine.Sample;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;
import dev.loomshowcase.engine.VerdictRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Judges the {@code server} scenario's cells: at each concurrency the <em>best</em> platform rival (the
 * pool of P or the thread per request, whichever answered more) is the baseline, and virtual threads and
 * reactive code are compared with it by throughput (not wall time, which is the fixed length of the load
 * run). Each reason says where the cell stands against Little's bound; a share above the bound by more
 * than the windows' own spread is a measurement problem, never a result.
 */
public final class ServerJudge {


    /** What the server compares: throughput against the platform pool at the same client count. */
    static final Comparison COMPARISON = Comparison.of(ThreadModel.PLATFORM_POOL.id(), Metric.THROUGHPUT).matching("concurrency");

    private ServerJudge() {
    }

    static List<CellResult> analyse(List<CellOutcome> outcomes) {
        return outcomes.stream().map(o -> analyse(o, bestPlatform(outcomes, o.spec()))).toList();
    }

    /** The platform rivals: what an evaluator would run without Loom (reactive code aside). */
    static boolean isPlatform(ThreadModel model) {
        return model == ThreadModel.PLATFORM_POOL || model == ThreadModel.PLATFORM_PER_REQUEST;
    }

    /** The platform rival with the most throughput at the same concurrency and client, when one answered. */
    static Optional<CellOutcome> bestPlatform(List<CellOutcome> outcomes, CellSpec spec) {
        return outcomes.stream()
                .filter(o -> o.ok() && isPlatform(o.spec().model()) && !o.spec().params().containsKey("case")
                        && o.spec().param("concurrency").equals(spec.param("concurrency")))
                .filter(o -> Metric.THROUGHPUT.of(o.report()).isPresent())
                .max(java.util.Comparator.comparingDouble(o -> Metric.THROUGHPUT.of(o.report()).orElseThrow().median()));
    }

    /** How a reason names a rival: {@code platform-pool (200 threads)} or {@code platform-per-request}. */
    static String rivalName(Map<String, Object> e, ThreadModel model) {
        return model == ThreadModel.PLATFORM_POOL && e.get("poolThreads") instanceof Number p
                ? String.format(Locale.ROOT, "platform-pool (%d threads)", p.intValue()) : model.id();
    }

    static CellResult analyse(CellOutcome outcome, Optional<CellOutcome> baseline) {
        CellSpec spec = outcome.spec();
        if (!outcome.ok()) {
            return new CellResult(spec.model(), spec.carriers(), null, null, null, null, Verdict.FAILED,
                    "failed: " + outcome.error(), outcome.error(), spec.cores() > 0
                            ? Map.of("concurrency", Integer.valueOf(spec.param("concurrency")), CellMain.CORES, spec.cores())
                            : Map.of("concurrency", Integer.valueOf(spec.param("concurrency"))));
        }
        Stats wall = Stats.of(outcome.report().samples().stream().map(Sample::wallMs).toList());
        Stats cpu = Stats.of(outcome.report().samples().stream().map(Sample::cpuMs).toList());
        double cpuShare = cpu.median() / (wall.median() * dev.loomshowcase.engine.Analysis.effectiveCarriers(outcome));
        Map<String, Object> extras = outcome.report().extras();
        if (isPlatform(spec.model())) {
            Optional<Judgement> problem = beyondBound(extras);
            return new CellResult(spec.model(), spec.carriers(), wall, cpu, cpuShare, 1.0,
                    problem.map(Judgement::verdict).orElse(Verdict.BASELINE),
                    problem.map(Judgement::reason).orElse(spec.model() == ThreadModel.PLATFORM_POOL ? poolReason(extras)
                            : "a new platform thread per request, no cap; " + standing(extras)), null, extras);
        }
        if (baseline.isEmpty()) {
            return new CellResult(spec.model(), spec.carriers(), wall, cpu, cpuShare, null, Verdict.INCONCLUSIVE,
                    "no platform rival answered at this concurrency to compare with; " + standing(extras), null, extras);
        }
        Map<String, Object> base = new java.util.HashMap<>(baseline.get().report().extras());
        base.put(RIVAL, rivalName(base, baseline.get().spec().model()));
        Stats mine = Metric.THROUGHPUT.of(outcome.report()).orElseThrow();
        Stats theirs = Metric.THROUGHPUT.of(baseline.get().report()).orElseThrow();
        double speedup = COMPARISON.speedup(theirs, mine);
        boolean outsideBand = speedup >= VerdictRule.DEFAULT.helpsAt() || speedup <= VerdictRule.DEFAULT.hurtsAt();
        Judgement judgement = beyondBound(extras).or(() -> beyondBound(base)).orElseGet(() -> (mine.single() || theirs.single()) && outsideBand
                ? oneWindow(speedup, extras, base) : judge(speedup, COMPARISON.verdict(theirs, mine), extras, base));
        return new CellResult(spec.model(), spec.carriers(), wall, cpu, cpuShare, speedup, judgement.verdict(),
                judgement.reason(), null, extras);
    }

    /**
     * The virtual cell against the pool at the same concurrency. A gain below the pool size cannot come
     * from the thread model; slow stubs beside the pool spoil the comparison, beside virtual threads
     * they only understate a gain.
     */
    private static Judgement judge(double speedup, Verdict verdict, Map<String, Object> e, Map<String, Object> base) {
        if (!(number(e, "concurrency") > number(base, "poolThreads")) && verdict != Verdict.NO_EFFECT) {
            return new Judgement(Verdict.INCONCLUSIVE, String.format(Locale.ROOT,
                    "%.2fx %s's %.0f req/s, yet it has a thread for every client here, so no cap explains it: "
                            + "what a thread costs might (server CPU per request %.2f ms here, %.2f ms there; %s here, %s there), "
                            + "or the noise of one run on shared cores; %s",
                    speedup, base.get(RIVAL), number(base, "throughput"), nested(e, "cpuMsPerRequest", "server"),
                    nested(base, "cpuMsPerRequest", "server"), cost(e), cost(base), standing(e)));
        }
        if (!stubsKeptUp(base) || (!stubsKeptUp(e) && verdict != Verdict.HELPS)) {
            return new Judgement(Verdict.INCONCLUSIVE, slowStubs(speedup, e, base)
                    + "the downstream or the CPU was the limit, not the thread model; " + standing(e));
        }
        if (!stubsKeptUp(e)) {
            return new Judgement(verdict, slowStubs(speedup, e, base)
                    + "that only held the virtual threads back, so the gain is if anything understated; " + standing(e));
        }
        return new Judgement(verdict, virtualReason(verdict, speedup, e, base));
    }

    private record Judgement(Verdict verdict, String reason) {
    }

    /** The key under which a baseline's extras carry the rival's name, for the reasons. */
    private static final String RIVAL = "rivalName";

    /**
     * Little's bound is physical: a closed loop of C clients waiting W each cannot answer more than C / W.
     * A window above it by more than the windows' own spread caught a wave of answers, not a steady state.
     */
    private static Optional<Judgement> beyondBound(Map<String, Object> e) {
        double share = number(e, "throughput") / number(e, "littleBound");
        double spread = (nested(e, "throughputRange", "max") - nested(e, "throughputRange", "min")) / number(e, "throughput");
        if (!(share > 1 + (Double.isNaN(spread) ? 0 : spread))) {
            return Optional.empty();
        }
        return Optional.of(new Judgement(Verdict.INCONCLUSIVE, String.format(Locale.ROOT,
                "MEASUREMENT PROBLEM: %.0f%% of Little's bound, above it by more than the windows' spread (%.0f%%): "
                        + "a window caught a wave of answers, not a steady state; %s", 100 * share, 100 * spread, standing(e))));
    }

    /** One window per cell has no range to tell a difference from noise: the ratio is shown, not judged. */
    private static Judgement oneWindow(double speedup, Map<String, Object> e, Map<String, Object> base) {
        return new Judgement(Verdict.INCONCLUSIVE, String.format(Locale.ROOT, "%.2fx %s's %.0f req/s from one "
                + "window each: no range to tell it from noise; %s", speedup, base.get(RIVAL), number(base, "throughput"), standing(e)));
    }

    private static String slowStubs(double speedup, Map<String, Object> cell, Map<String, Object> base) {
        return String.format(Locale.ROOT, "%.2fx %s's %.0f req/s, but the stubs answered slower than configured "
                        + "(probe p50 %.0f ms here, %.0f ms beside it, for %.0f ms): ", speedup, base.get(RIVAL), number(base, "throughput"),
                nested(cell, "stubLatencyMs", "p50"), nested(base, "stubLatencyMs", "p50"), number(cell, "downstreamDelayMs"));
    }

    /** The pool can serve at most min(concurrency, P) requests per delay. */
    private static String poolReason(Map<String, Object> e) {
        double threads = number(e, "poolThreads");
        double cap = Math.min(threads, number(e, "concurrency")) / (number(e, "downstreamDelayMs") / 1000);
        return String.format(Locale.ROOT, "pool of %.0f platform threads: at most min(c, P) / delay = %.0f req/s, "
                + "reached %.0f%% of that; %s", threads, cap, 100 * number(e, "throughput") / cap, standing(e));
    }

    private static String virtualReason(Verdict verdict, double speedup, Map<String, Object> e, Map<String, Object> base) {
        String vs = String.format(Locale.ROOT, "%.2fx %s's %.0f req/s (%s)", speedup, base.get(RIVAL), number(base, "throughput"), cost(base));
        return switch (verdict) {
            case HELPS -> (number(e, "throughput") >= Bands.KEEPS_UP * number(e, "littleBound")
                    ? "keeps up with Little's bound where the rival is capped: "
                    : "ahead of the rival, yet short of Little's bound (no thread to wait for: "
                            + cpuOrElse(e) + "): ") + vs + "; " + standing(e);
            case NO_EFFECT -> !(number(e, "concurrency") > number(base, "poolThreads"))
                    ? String.format(Locale.ROOT, "no difference (%s): the rival has a thread for every client (c=%.0f); "
                            + "what differs is the cost: here %s; %s", vs, number(e, "concurrency"), cost(e), standing(e))
                    : String.format(Locale.ROOT, "no difference (%s), though the pool's %.0f threads are fewer than the "
                            + "%.0f clients: something else set the limit; %s", vs, number(base, "poolThreads"),
                            number(e, "concurrency"), standing(e));
            case HURTS -> "slower than " + base.get(RIVAL) + " (" + vs + "); " + standing(e);
            default -> "too noisy to tell (" + vs + ", ranges overlap); " + standing(e);
        };
    }

    private static String cpuOrElse(Map<String, Object> e) {
        double busy = number(e, "machineCpuBusy");
        return busy >= Bands.CPU_FULL
                ? String.format(Locale.ROOT, "the machine's cores were %.0f%% busy", 100 * busy)
                : "CPU, client or stubs set this limit";
    }

    /** What the server process cost: peak resident memory and peak live OS threads. */
    static String cost(Map<String, Object> e) {
        return String.format(Locale.ROOT, "peak RSS %.0f MB, %.0f OS threads", number(e, "serverRssBytes") / (1 << 20),
                number(e, "serverOsThreads"));
    }

    /** Throughput against Little's bound, and latency: the figures every reason carries. */
    static String standing(Map<String, Object> e) {
        return String.format(Locale.ROOT, "c=%.0f: %.0f req/s = %.0f%% of Little's bound %.0f req/s; latency p50 %.0f ms, p99 %.0f ms, p99.9 %.0f ms",
                number(e, "concurrency"), number(e, "throughput"), 100 * number(e, "throughput") / number(e, "littleBound"),
                number(e, "littleBound"), nested(e, "latencyMs", "p50"), nested(e, "latencyMs", "p99"), nested(e, "latencyMs", "p999"));
    }

    /** Per cell: where the CPU went, what the server held in flight, whether the stubs kept up, any errors. */
    static List<String> notes(List<CellResult> cells) {
        List<String> notes = new ArrayList<>();
        for (CellResult cell : cells) {
            Map<String, Object> e = cell.extras();
            if (!e.containsKey("stubLatencyMs")) {
                continue;
            }
            notes.add(ServerNotes.perRequest(cell));
            notes.add(String.format(Locale.ROOT, "%s: stubs probed directly during the load: p50 %.0f ms, p99 %.0f ms for a %.0f ms delay: %s",
                    cell.label(), nested(e, "stubLatencyMs", "p50"), nested(e, "stubLatencyMs", "p99"),
                    number(e, "downstreamDelayMs"),
                    stubsKeptUp(e) ? "not the bottleneck" : "SLOWER than configured, so they may have capped this cell"));
            ServerNotes.whoFilledTheCpu(cell).ifPresent(notes::add);
            if (Boolean.FALSE.equals(e.get("settled"))) {
                notes.add(String.format(Locale.ROOT, "%s: the answer rate had not settled after %.1f s of warm-up "
                        + "(two periods of one W within 10%%); its windows began anyway, so read its figures as a lower bound",
                        cell.label(), number(e, "warmupMs") / 1000));
            }
            if (e.get("errors") instanceof Map<?, ?> errors && !errors.isEmpty()) {
                notes.add(cell.label() + ": errors in the windows " + errors);
            }
        }
        ServerNotes.clientComparison(cells).ifPresent(notes::add);
        notes.addAll(ServerNotes.virtualVersusReactive(cells));
        notes.addAll(ServerNotes.memoryPerRequestInFlight(cells));
        notes.add("Server, stubs and load generator run as three processes on the same cores; each one's CPU is read "
                + "from the OS over the windows. Where other programs share the cores expect noise, and compare cells of one run only.");
        return notes;
    }

    /** True when the stubs' probed median latency stayed near their configured delay during the load. */
    static boolean stubsKeptUp(Map<String, Object> e) {
        return nested(e, "stubLatencyMs", "p50") <= number(e, "downstreamDelayMs") * (1 + Bands.STUB_SLACK);
    }

    public static double number(Map<String, Object> extras, String key) {
        return extras.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    public static double nested(Map<String, Object> extras, String key, String inner) {
        return extras.get(key) instanceof Map<?, ?> map && map.get(inner) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
