package dev.loomshowcase.engine;

import java.util.List;
import java.util.Optional;

/**
 * Turns raw cell outcomes into analysed cells: statistics, speedup against the sequential baseline,
 * CPU share, verdict and reason.
 */
public final class Analysis {

    private Analysis() {
    }

    /** Analyses outcomes against the {@code sequential} cell among them. */
    public static List<CellResult> analyse(List<CellOutcome> outcomes, VerdictRule rule) {
        Optional<CellOutcome> baseline = outcomes.stream()
                .filter(o -> o.spec().model() == ThreadModel.SEQUENTIAL && o.ok())
                .findFirst();
        return outcomes.stream().map(o -> analyse(o, baseline.orElse(null), rule)).toList();
    }

    static CellResult analyse(CellOutcome outcome, CellOutcome baseline, VerdictRule rule) {
        CellSpec spec = outcome.spec();
        if (!outcome.ok()) {
            return new CellResult(spec.model().id(), spec.carriers(), null, null, null, null,
                    Verdict.FAILED, "failed: " + outcome.error(), outcome.error(), null);
        }
        Stats wall = wallStats(outcome.report());
        Stats cpu = Stats.of(outcome.report().samples().stream().map(Sample::cpuMs).toList());
        int carriers = spec.model() == ThreadModel.SEQUENTIAL ? 1 : spec.carriers();
        double cpuShare = cpu.median() / (wall.median() * carriers);
        var extras = outcome.report().extras();
        if (spec.model() == ThreadModel.SEQUENTIAL) {
            return new CellResult(spec.model().id(), spec.carriers(), wall, cpu, cpuShare, 1.0,
                    Verdict.BASELINE, baselineReason(cpuShare), null, extras);
        }
        if (baseline == null) {
            return new CellResult(spec.model().id(), spec.carriers(), wall, cpu, cpuShare, null,
                    Verdict.INCONCLUSIVE, "no sequential baseline was measured to compare with", null, extras);
        }
        var judgement = rule.judge(wallStats(baseline.report()), wall, cpuShare, carriers);
        return new CellResult(spec.model().id(), spec.carriers(), wall, cpu, cpuShare, judgement.speedup(),
                judgement.verdict(), judgement.reason(), null, extras);
    }

    private static Stats wallStats(ChildReport report) {
        return Stats.of(report.samples().stream().map(Sample::wallMs).toList());
    }

    private static String baselineReason(double cpuShare) {
        return String.format(java.util.Locale.ROOT, "the baseline: one thread, busy %d%% of its time",
                Math.round(cpuShare * 100));
    }
}
