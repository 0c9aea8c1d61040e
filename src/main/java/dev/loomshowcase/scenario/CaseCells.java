package dev.loomshowcase.scenario;

import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Sample;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;

import java.util.Map;

/**
 * Builds the common cell format for scenarios whose cells are cases judged on their own terms (an
 * expectation, a fixed twin) rather than against a sequential baseline.
 */
final class CaseCells {

    private CaseCells() {
    }

    /** Wall-time statistics of a measured outcome. */
    static Stats wall(CellOutcome outcome) {
        return Stats.of(outcome.report().samples().stream().map(Sample::wallMs).toList());
    }

    /** The analysed cell of a measured case, with its own verdict, reason and extras. */
    static CellResult measured(CellOutcome outcome, Double speedup, Verdict verdict, String reason,
                               Map<String, Object> extras) {
        var spec = outcome.spec();
        Stats wall = wall(outcome);
        Stats cpu = Stats.of(outcome.report().samples().stream().map(Sample::cpuMs).toList());
        int carriers = spec.model() == ThreadModel.SEQUENTIAL ? 1 : spec.carriers();
        double cpuShare = cpu.median() / (wall.median() * carriers);
        return new CellResult(spec.model().id(), spec.carriers(), wall, cpu, cpuShare, speedup, verdict, reason, null, extras);
    }

    /** The analysed cell of a case that produced no numbers, named by its case. */
    static CellResult failed(CellOutcome outcome, String caseName, String error) {
        var spec = outcome.spec();
        return new CellResult(spec.model().id(), spec.carriers(), null, null, null, null, Verdict.FAILED,
                "failed: " + error, error, Map.of("case", caseName));
    }
}
