package dev.loomshowcase.scenes.pool;

import dev.loomshowcase.scenario.CaseCells;
import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Comparison;
import dev.loomshowcase.engine.Metric;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static dev.loomshowcase.scenes.server.ServerJudge.nested;
import static dev.loomshowcase.scenes.server.ServerJudge.number;

/**
 * Judges the pool cells: throughput (queries completed per second) against Little's bound
 * min(N, P, threads) / W and against the platform pool of P threads, the classic sizing and the
 * baseline. Each reason names what capped the cell, with the numbers that show it.
 */
final class PoolJudge {

    /**
     * What the pool compares: each cell's time for the same queries against the platform pool's (its
     * throughput's inverse: every repetition completes the same queries).
     */
    static final Comparison COMPARISON = Comparison.of(ThreadModel.PLATFORM_POOL.id(), Metric.WALL_MS);

    private PoolJudge() {
    }

    static List<CellResult> analyse(List<CellOutcome> outcomes) {
        return outcomes.stream().map(o -> judge(o, COMPARISON.baselineFor(outcomes, o.spec())
                .map(b -> measured(b, null, Verdict.BASELINE, "")))).toList();
    }

    private static CellResult judge(CellOutcome outcome, Optional<CellResult> baseline) {
        if (!outcome.ok()) {
            return CaseCells.failed(outcome, label(outcome), outcome.error());
        }
        CellResult cell = measured(outcome, null, Verdict.INCONCLUSIVE, "");
        Map<String, Object> e = cell.extras();
        if (COMPARISON.isBaseline(outcome.spec())) {
            return measured(outcome, 1.0, Verdict.BASELINE, "pool of " + (int) number(e, "threads") + " platform threads: " + standing(cell));
        }
        if (baseline.isEmpty()) {
            return cell.withVerdict(Verdict.INCONCLUSIVE, "no platform-pool cell to compare with; " + standing(cell));
        }
        Map<String, Object> base = baseline.get().extras();
        double speedup = number(e, "throughput") / number(base, "throughput");
        Verdict verdict = COMPARISON.verdict(baseline.get().wallMs(), cell.wallMs());
        String reason = String.format(Locale.ROOT, "%.2fx the platform pool's %.0f queries/s; %s",
                speedup, number(base, "throughput"), standing(cell));
        return measured(outcome, speedup, verdict, reason);
    }

    /** The common cell with throughput, its range over the repetitions, and Little's bound added to the extras. */
    static CellResult measured(CellOutcome outcome, Double speedup, Verdict verdict, String reason) {
        Map<String, Object> e = new LinkedHashMap<>(outcome.report().extras());
        Stats wall = CaseCells.wall(outcome);
        double completed = number(e, "completedPerRepetition");
        e.put("throughput", completed / (wall.median() / 1000));
        e.put("throughputRange", Map.of("min", completed / (wall.max() / 1000), "max", completed / (wall.min() / 1000)));
        e.put("littleBound", littleBound(e));
        e.put(CellResult.RATE_UNIT, "queries/s");
        caseName(outcome.spec()).ifPresent(name -> e.put("case", name));
        return CaseCells.measured(outcome, speedup, verdict, reason, e);
    }

    /** The case a cell's plan named, where the plan names one (the database's own cases do). */
    static java.util.Optional<String> caseName(CellSpec spec) {
        return spec.optionalParam("case");
    }

    /** min(N, connections, threads) / W in queries per second: no model can finish faster. */
    static double littleBound(Map<String, Object> e) {
        double inFlight = Math.min(number(e, "tasks"), Math.min(number(e, "connections"), number(e, "threads")));
        return inFlight / (number(e, "queryMs") / 1000);
    }

    private static String label(CellOutcome outcome) {
        return caseName(outcome.spec()).orElse(outcome.spec().model().id());
    }

    /** Throughput against the bound, what capped it, and the waits: the figures every reason carries. */
    static String standing(CellResult cell) {
        Map<String, Object> e = cell.extras();
        double reached = number(e, "throughput") / number(e, "littleBound");
        return String.format(Locale.ROOT, "%.0f queries/s = %.0f%% of Little's bound %.0f/s (%s); wait for a connection "
                        + "p50 %.1f ms, p99 %.1f ms; %.0f time-out(s)",
                number(e, "throughput"), 100 * reached, number(e, "littleBound"), cap(e, reached, cell.cpuShare()),
                nested(e, "connectionWaitMs", "p50"), nested(e, "connectionWaitMs", "p99"), number(e, "connectionTimeouts"));
    }

    /** Which of the three caps bound the cell: the connections, the threads, or neither (then something else). */
    static String cap(Map<String, Object> e, double reached, double cpuShare) {
        if (reached < Bands.KEEPS_UP) {
            double inFlight = number(e, "littleBound") * number(e, "queryMs") / 1000;
            double perQuery = 1000 * inFlight / number(e, "throughput");
            return String.format(Locale.ROOT, "below it: each of the %.0f in flight took %.1f ms for a %.0f ms wait; the "
                    + "%.1f ms more went to the round trip, the pool's hand-off and scheduling%s", inFlight, perQuery,
                    number(e, "queryMs"), perQuery - number(e, "queryMs"), cpuShare >= Bands.CPU_FULL
                            ? String.format(Locale.ROOT, ", with the CPU full (%.0f%% busy)", 100 * cpuShare)
                            : String.format(Locale.ROOT, " (this JVM %.0f%% busy)", 100 * cpuShare));
        }
        double connections = number(e, "connections");
        double threads = number(e, "threads");
        if (threads < connections) {
            return String.format(Locale.ROOT, "capped by %.0f threads / %.0f ms", threads, number(e, "queryMs"));
        }
        return String.format(Locale.ROOT, "capped by %.0f connections / %.0f ms%s", connections, number(e, "queryMs"),
                threads == connections ? " (and as many threads)" : String.format(Locale.ROOT, ", with %.0f threads", threads));
    }
}
