package dev.loomshowcase.scenes.pitfalls;

import dev.loomshowcase.scenario.CaseCells;
import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.Verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Judges a pitfall case against its fixed twin. The ratio is case / twin of the case's key metric:
 * wall time for the blocking cases, the heartbeat's worst delay for cpu-starvation. A ratio of at
 * least {@link Bands#PITFALL_BITES} with the two ranges apart means the pitfall bit ({@code hurts}); within
 * {@link Bands#PITFALL_SAME} of 1 it did not ({@code no-effect}); anything else is {@code inconclusive}. The
 * cell's speedup is the inverse of the ratio: how much faster the case would be as its twin.
 */
final class PitfallsJudge {

    private static final double PITFALL = Bands.PITFALL_BITES;
    private static final double SAME = Bands.PITFALL_SAME;

    private PitfallsJudge() {
    }

    static CellResult judge(String caseName, CellOutcome cell, CellOutcome twin) {
        if (!cell.ok() || twin == null || !twin.ok()) {
            String error = !cell.ok() ? cell.error() : twin == null ? "no twin was measured" : "twin: " + twin.error();
            return CaseCells.failed(cell, caseName, error);
        }
        PitfallMeasurement mine = Json.read(cell.report().extras(), PitfallMeasurement.class);
        PitfallMeasurement theirs = Json.read(twin.report().extras(), PitfallMeasurement.class);
        Map<String, Object> extras = new LinkedHashMap<>(cell.report().extras());
        extras.remove("variant");
        Stats wall = CaseCells.wall(cell);
        Stats twinWall = CaseCells.wall(twin);
        extras.put("twinMs", Math.round(twinWall.median() * 10) / 10.0);
        extras.put("twinWallMs", twinWall);
        Object twinEvents = twin.report().extras().get("pinnedEvents");
        if (twinEvents != null) {
            extras.put("twinPinnedEvents", twinEvents);
        }
        boolean starvation = caseName.equals("cpu-starvation");
        double ratio = starvation ? heartbeatRatio(extras, mine, theirs) : wall.median() / twinWall.median();
        boolean apart = starvation
                ? minOf(mine.worstDelayMsRuns()) > maxOf(theirs.worstDelayMsRuns())
                : wall.min() > twinWall.max();
        extras.put("metric", starvation ? "heartbeat worst delay" : "wall time");
        extras.put("ratio", Math.round(ratio * 100) / 100.0);
        Verdict verdict = ratio >= PITFALL && apart ? Verdict.HURTS
                : ratio <= SAME && ratio >= 1 / SAME ? Verdict.NO_EFFECT : Verdict.INCONCLUSIVE;
        return CaseCells.measured(cell, 1 / ratio, verdict, reason(caseName, ratio, mine, extras), extras);
    }

    /** Adds the twin's heartbeat delays to {@code extras} and returns case / twin of the worst delays. */
    private static double heartbeatRatio(Map<String, Object> extras, PitfallMeasurement mine, PitfallMeasurement twin) {
        double twinWorst = number(twin.worstDelayMs());
        extras.put("twinWorstDelayMs", twinWorst);
        extras.put("twinWorstDelayMsRuns", twin.worstDelayMsRuns());
        return number(mine.worstDelayMs()) / Math.max(twinWorst, 1.0);
    }

    private static String reason(String caseName, double ratio, PitfallMeasurement m, Map<String, Object> x) {
        String events = "JFR pinned events " + x.get("pinnedEvents") + " (twin " + x.getOrDefault("twinPinnedEvents", "?") + ")"
                + pinnedSummary(x.get("pinned"));
        return switch (caseName) {
            case "native-call" -> String.format(Locale.ROOT,
                    "%s usleep downcalls on %s carrier(s) took %.1fx their Thread.sleep twin: %s; %s%s",
                    m.tasks(), m.carriersUsed() != null ? m.carriersUsed().size() : "?", ratio,
                    ratio >= PITFALL ? "each held its carrier" : "no carrier was held long enough to show",
                    events, unseen(ratio, x));
            case "native-upcall" -> String.format(Locale.ROOT,
                    "%s qsort calls blocking in a Java comparator upcall took %.1fx the Java-sort twin; %s",
                    m.tasks(), ratio, events);
            case "class-init" -> String.format(Locale.ROOT,
                    "%s tasks blocking in a class initializer took %.1fx the plain-method twin; %s", m.tasks(), ratio, events);
            case "synchronized" -> String.format(Locale.ROOT,
                    "%s tasks sleeping inside synchronized took %.2fx the ReentrantLock twin; %s: %s",
                    m.tasks(), ratio, events, pinnedEvents(x) == 0 && ratio <= SAME
                            ? "no pinning, as JEP 491 promises since JDK 24"
                            : pinnedEvents(x) > 0 ? "it pinned here" : "slower than its twin, yet no pinned event");
            case "cpu-starvation" -> String.format(Locale.ROOT,
                    "10 ms heartbeat late by up to %.0f ms beside CPU-bound virtual threads, %.0f ms beside a bounded platform pool (%.1fx)",
                    number(m.worstDelayMs()), number(x.get("twinWorstDelayMs")), ratio);
            default -> String.format(Locale.ROOT, "%.2fx its twin; %s", ratio, events);
        };
    }

    /**
     * "Monitoring does not see it" only when the carriers were held (the ratio shows it) and JFR,
     * which watched, counted no pinned event; otherwise what JFR saw.
     */
    private static String unseen(double ratio, Map<String, Object> x) {
        if (!(x.get("pinnedEvents") instanceof Number)) {
            return " (JFR did not watch, so whether monitoring sees it is not measured)";
        }
        return ratio >= PITFALL && pinnedEvents(x) == 0 ? ", so monitoring does not see it" : "";
    }

    private static double pinnedEvents(Map<String, Object> x) {
        return x.get("pinnedEvents") instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The first group of pinned events in a few words: why, in what, on how many carriers, for how long. */
    private static String pinnedSummary(Object pinned) {
        if (!(pinned instanceof List<?> groups) || groups.isEmpty() || !(groups.getFirst() instanceof Map<?, ?> g)) {
            return "";
        }
        int carriers = g.get("carrierThreads") instanceof List<?> names ? names.size() : 0;
        return String.format(Locale.ROOT, ": \"%s\" in %s, on %d carrier(s), up to %.0f ms each",
                g.get("pinnedReason"), g.get("blockingOperation"), carriers, number(g.get("maxMs")));
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static double minOf(Object values) {
        return values instanceof List<?> list ? list.stream().mapToDouble(PitfallsJudge::number).min().orElse(Double.NaN) : Double.NaN;
    }

    private static double maxOf(Object values) {
        return values instanceof List<?> list ? list.stream().mapToDouble(PitfallsJudge::number).max().orElse(Double.NaN) : Double.NaN;
    }
}
