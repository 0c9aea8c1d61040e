package dev.loomshowcase.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The child reports of cells measured in rounds, kept per cell and round until all are in; then
 * pooled into one outcome per cell (samples of every round, per-round medians as an extra).
 */
final class RoundTally {

    private final List<CellSpec> specs;
    private final List<List<ChildReport>> reports = new ArrayList<>();
    private final String[] errors;
    private final String[] whys;

    RoundTally(List<CellSpec> specs) {
        this.specs = List.copyOf(specs);
        specs.forEach(s -> reports.add(new ArrayList<>()));
        this.errors = new String[specs.size()];
        this.whys = new String[specs.size()];
    }

    /** Records why cell {@code cell} ran the rounds it ran (shown as {@link Rounds#ROUNDS_WHY}). */
    void why(int cell, String why) {
        whys[cell] = why;
    }

    /** How many rounds cell {@code cell} has been measured in. */
    int rounds(int cell) {
        return reports.get(cell).size();
    }

    /** Cell {@code cell}'s speedup in each round against its baseline; empty for a baseline, a failed cell or one without a baseline. */
    List<Double> speedups(int cell) {
        int baseline = baselineOf(cell);
        if (baseline < 0 || baseline == cell || failed(cell) || failed(baseline)) {
            return List.of();
        }
        return SpeedupBand.perRound(medians(reports.get(baseline)), medians(reports.get(cell)));
    }

    /** The index of cell {@code cell}'s baseline, or -1. */
    int baselineOf(int cell) {
        return baselineOf(specs.get(cell));
    }

    void add(int cell, ChildReport report) {
        reports.get(cell).add(report);
    }

    void fail(int cell, String error) {
        errors[cell] = error;
    }

    boolean failed(int cell) {
        return errors[cell] != null;
    }

    /**
     * True when every cell measured in more than one round kept its per-round speedup against its
     * baseline (the sequential cell on as many cores) within {@link Bands#HOLDS_WITHIN}.
     */
    boolean holds() {
        for (int i = 0; i < specs.size(); i++) {
            List<Double> speedups = speedups(i);
            if (speedups.size() > 1 && !SpeedupBand.of(speedups).holds()) {
                return false;
            }
        }
        return true;
    }

    /** The sequential cell of the same workload on as many cores, preferring one with the same params. */
    private int baselineOf(CellSpec spec) {
        int fallback = -1;
        for (int i = 0; i < specs.size(); i++) {
            CellSpec candidate = specs.get(i);
            if (candidate.model() == ThreadModel.SEQUENTIAL && candidate.cores() == spec.cores()
                    && candidate.workload().equals(spec.workload())) {
                if (candidate.params().equals(spec.params())) {
                    return i;
                }
                fallback = fallback < 0 ? i : fallback;
            }
        }
        return fallback;
    }

    static List<Double> medians(List<ChildReport> rounds) {
        return rounds.stream().map(r -> Stats.of(r.samples().stream().map(Sample::wallMs).toList()).median()).toList();
    }

    List<CellOutcome> outcomes() {
        List<CellOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            outcomes.add(outcome(i));
        }
        return outcomes;
    }

    /** Cell {@code i}'s outcome from the rounds measured so far: its samples pooled, its per-round medians beside them. */
    CellOutcome outcome(int i) {
        if (failed(i)) {
            return CellOutcome.failed(specs.get(i), errors[i]);
        }
        List<ChildReport> rounds = reports.get(i);
        ChildReport pooled = ChildReport.pooled(rounds);
        if (rounds.size() > 1) {
            Map<String, Object> extras = new LinkedHashMap<>(pooled.extras());
            extras.put(Rounds.ROUND_MEDIANS, medians(rounds));
            extras.put(Rounds.ROUNDS, rounds.size());
            if (whys[i] != null) {
                extras.put(Rounds.ROUNDS_WHY, whys[i]);
            }
            pooled = new ChildReport(pooled.samples(), pooled.parallelism(), extras);
        }
        return CellOutcome.measured(specs.get(i), pooled);
    }
}
