package dev.loomshowcase.scenario;

import dev.loomshowcase.engine.Analysis;
import dev.loomshowcase.engine.CellMain;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Sample;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.Verdict;

import java.util.Map;

/**
 * Builds the common cell format for scenarios whose cells are cases judged on their own terms (an
 * expectation, a fixed twin) rather than against a sequential baseline.
 */
public final class CaseCells {

    private CaseCells() {
    }

    /** Wall-time statistics of a measured outcome. */
    public static Stats wall(CellOutcome outcome) {
        return Stats.of(outcome.report().samples().stream().map(Sample::wallMs).toList());
    }

    /** The analysed cell of a measured case, with its own verdict, reason and extras. */
    public static CellResult measured(CellOutcome outcome, Double speedup, Verdict verdict, String reason,
                               Map<String, Object> extras) {
        var spec = outcome.spec();
        Stats wall = wall(outcome);
        Stats cpu = Stats.of(outcome.report().samples().stream().map(Sample::cpuMs).toList());
        double cpuShare = cpu.median() / (wall.median() * Analysis.effectiveCarriers(outcome));
        Map<String, Object> all = new java.util.LinkedHashMap<>(extras);
        for (String measured : java.util.List.of(CellMain.CORES, CellMain.CARRIERS_SEEN)) {
            Object value = outcome.report().extras().get(measured);
            if (value != null) {
                all.putIfAbsent(measured, value);
            }
        }
        return new CellResult(spec.model(), spec.carriers(), wall, cpu, cpuShare, speedup, verdict, reason, null, all);
    }

    /** The analysed cell of a case that produced no numbers, named by its case. */
    public static CellResult failed(CellOutcome outcome, String caseName, String error) {
        var spec = outcome.spec();
        return new CellResult(spec.model(), spec.carriers(), null, null, null, null, Verdict.FAILED,
                "failed: " + error, error, spec.cores() > 0 ? Map.of("case", caseName, CellMain.CORES, spec.cores()) : Map.of("case", caseName));
    }
}
