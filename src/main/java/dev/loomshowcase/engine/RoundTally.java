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

    RoundTally(List<CellSpec> specs) {
        this.specs = List.copyOf(specs);
        specs.forEach(s -> reports.add(new ArrayList<>()));
        this.errors = new String[specs.size()];
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
            int baseline = baselineOf(specs.get(i));
            if (baseline < 0 || baseline == i || failed(i) || failed(baseline)) {
                continue;
            }
            List<Double> speedups = SpeedupBand.perRound(medians(reports.get(baseline)), medians(reports.get(i)));
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
            pooled = new ChildReport(pooled.samples(), pooled.parallelism(), extras);
        }
        return CellOutcome.measured(specs.get(i), pooled);
    }
}
