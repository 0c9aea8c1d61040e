package dev.loomshowcase.scenes.server;

import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Verdict;
import dev.loomshowcase.server.SweepRun;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the rate sweep says, every figure from the sweep cells: each rival's points, its knee, the knees compared. */
final class SweepNotes {

    private SweepNotes() {
    }

    /** A sweep cell's reason: its knee against its predicted capacity, and against the pool's knee. */
    static String reason(SweepRun.Figures f, Optional<Double> knee, Optional<Double> poolKnee, boolean bounded, Verdict verdict) {
        String predicted = prediction(f);
        if (knee.isEmpty()) {
            SweepRun.Point lowest = f.sweep().getFirst();
            return String.format(Locale.ROOT, "open model, W %d ms: no offered rate kept p99 under %.0f ms without errors "
                            + "(lowest, %.0f req/s: p99 %.0f ms, errors %s); %s", f.sweepDelayMs(), limit(f),
                    lowest.offeredRate(), lowest.latencyMs().getOrDefault("p99", Double.NaN), lowest.errors(), predicted);
        }
        String own = String.format(Locale.ROOT, "open model, W %d ms: knee %.0f req/s (p99 under %.0f ms, no errors), "
                + "%.0f%% of %s", f.sweepDelayMs(), knee.get(), limit(f), 100 * knee.get() / f.predictedCapacity(), predicted);
        double top = f.sweep().stream().mapToDouble(SweepRun.Point::offeredRate).max().orElse(Double.NaN);
        if (knee.get() >= top) {
            own += "; every rate offered held, so the knee is at least that: this sweep did not reach the limit";
        }
        if (verdict == Verdict.BASELINE || poolKnee.isEmpty()) {
            return own;
        }
        return own + String.format(Locale.ROOT, "; %.2fx the pool's knee of %.0f req/s%s", knee.get() / poolKnee.get(),
                poolKnee.get(), verdict != Verdict.INCONCLUSIVE ? ""
                        : knee.get() >= top || !bounded ? ", but a knee a sweep did not reach is only a lower bound: not judged"
                        : ", too close to call on the sweep's coarse steps");
    }

    /** The predicted capacity and what it came from. */
    static String prediction(SweepRun.Figures f) {
        if (f.cpuMsPerRequest() == null) {
            return String.format(Locale.ROOT, "the %.0f req/s predicted from Little's law alone (the closed loop of %d "
                    + "clients reached %.0f req/s, too few answers per window to measure the CPU per request)",
                    f.predictedCapacity(), f.calibrationClients(), f.calibrationThroughput());
        }
        String cpu = String.format(Locale.ROOT, "%d cores / %.2f ms CPU per request = %.0f req/s", f.cores(),
                f.cpuMsPerRequest(), f.cores() * 1000 / f.cpuMsPerRequest());
        String threads = f.threadCap() == null ? "" : String.format(Locale.ROOT, ", %d threads / W = %.0f req/s",
                f.threadCap(), f.threadCap() * 1000.0 / f.sweepDelayMs());
        return String.format(Locale.ROOT, "the %.0f req/s predicted (%s%s; CPU per request of server, stubs and load "
                + "generator measured in a closed loop of %d clients at %.0f req/s)", f.predictedCapacity(), cpu, threads,
                f.calibrationClients(), f.calibrationThroughput());
    }

    private static double limit(SweepRun.Figures f) {
        return Bands.KNEE_P99_DELAYS * f.sweepDelayMs();
    }

    /** One line per rival with every offered rate's figures, then the knees compared. */
    static List<String> notes(List<CellResult> cells) {
        List<String> notes = new ArrayList<>();
        List<String> knees = new ArrayList<>();
        for (CellResult c : cells) {
            if (!c.extras().containsKey("predictedCapacity")) {
                continue;
            }
            SweepRun.Figures f = RateSweep.figures(c.extras());
            notes.add(c.label() + ": offered -> achieved req/s, p50 / p99 / p99.9 ms from the intended starts, errors: "
                    + f.sweep().stream().map(SweepNotes::point).collect(Collectors.joining("; ")));
            knees.add(RateSweep.knee(f).map(k -> String.format(Locale.ROOT, "%s %.0f req/s", f.rival(), k))
                    .orElse(f.rival() + " none"));
            f.sweep().stream().filter(p -> p.lagP99Ms() > Bands.GENERATOR_LAG_MS).findFirst().ifPresent(p -> notes.add(
                    String.format(Locale.ROOT, "%s: at %.0f req/s the load generator started requests up to %.0f ms late "
                            + "(p99): part of that rate's latency is the generator's own", c.label(), p.offeredRate(), p.lagP99Ms())));
        }
        if (!knees.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "Knees (highest offered rate with p99 under %.1f x the downstream delay, "
                    + "no errors): %s.", Bands.KNEE_P99_DELAYS, String.join(", ", knees)));
        }
        return notes;
    }

    private static String point(SweepRun.Point p) {
        String latency = p.latencyMs().isEmpty() ? "no answer"
                : String.format(Locale.ROOT, "%.0f / %.0f / %.0f", p.latencyMs().get("p50"), p.latencyMs().get("p99"),
                p.latencyMs().get("p999"));
        return String.format(Locale.ROOT, "%.0f -> %.0f, %s%s", p.offeredRate(), p.achievedRate(), latency,
                p.errors().isEmpty() ? ", ok" : ", " + p.errors());
    }
}
