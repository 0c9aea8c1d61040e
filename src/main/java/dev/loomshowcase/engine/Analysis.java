package dev.loomshowcase.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns raw cell outcomes into analysed cells: statistics, speedup against the baseline a scenario
 * declares ({@link Comparison}), CPU share, verdict and reason. Scenarios say what they compare; the
 * judging happens here.
 */
public final class Analysis {

    private Analysis() {
    }

    /** Analyses outcomes against the {@code sequential} cell among them. */
    public static List<CellResult> analyse(List<CellOutcome> outcomes, VerdictRule rule) {
        return analyse(outcomes, rule, spec -> Optional.empty());
    }

    /**
     * Analyses outcomes as a scenario declares: each cell against its {@link Comparison#baselineFor
     * baseline}, by the declared metric, with the declared ceilings.
     */
    public static List<CellResult> analyse(List<CellOutcome> outcomes, Comparison comparison) {
        return outcomes.stream().map(o -> analyse(o, comparison.baselineFor(outcomes, o.spec()).orElse(null),
                VerdictRule.DEFAULT, comparison)).toList();
    }

    /**
     * Analyses outcomes against the {@code sequential} cell measured on as many cores (with
     * {@code --cores 1,2} each core count has its own baseline), flagging speedups above the
     * {@code ceilings} the scenario states for its cells.
     */
    public static List<CellResult> analyse(List<CellOutcome> outcomes, VerdictRule rule,
                                           Function<CellSpec, Optional<Ceiling>> ceilings) {
        Comparison comparison = Comparison.SEQUENTIAL_WALL.withCeilings(ceilings);
        return outcomes.stream().map(o -> analyse(o, comparison.baselineFor(outcomes, o.spec()).orElse(null), rule,
                comparison)).toList();
    }

    static CellResult analyse(CellOutcome outcome, CellOutcome baseline, VerdictRule rule) {
        return analyse(outcome, baseline, rule, Comparison.SEQUENTIAL_WALL);
    }

    static CellResult analyse(CellOutcome outcome, CellOutcome baseline, VerdictRule rule, Comparison comparison) {
        CellSpec spec = outcome.spec();
        if (!outcome.ok()) {
            return new CellResult(spec.model(), spec.carriers(), null, null, null, null,
                    Verdict.FAILED, "failed: " + outcome.error(), outcome.error(),
                    spec.cores() > 0 ? Map.of(CellMain.CORES, spec.cores()) : null);
        }
        Stats wall = wallStats(outcome.report());
        Stats cpu = Stats.of(outcome.report().samples().stream().map(Sample::cpuMs).toList());
        int effective = effectiveCarriers(outcome);
        double cpuShare = cpu.median() / (wall.median() * effective);
        var extras = outcome.report().extras();
        if (comparison.isBaseline(spec)) {
            return new CellResult(spec.model(), spec.carriers(), wall, cpu, cpuShare, 1.0,
                    Verdict.BASELINE, baselineReason(spec, wall.median(), cpuShare), null, extras);
        }
        if (baseline == null) {
            return new CellResult(spec.model(), spec.carriers(), wall, cpu, cpuShare, null,
                    Verdict.INCONCLUSIVE, "no " + comparison.baseline() + " baseline was measured to compare with", null, extras);
        }
        if (comparison.metric() != Metric.WALL_MS) {
            var judgement = byMetric(comparison, baseline.report(), outcome.report());
            return new CellResult(spec.model(), spec.carriers(), wall, cpu, cpuShare,
                    Double.isNaN(judgement.speedup()) ? null : judgement.speedup(), judgement.verdict(), judgement.reason(),
                    null, extras);
        }
        var judgement = withRounds(rule.judge(wallStats(baseline.report()), wall, cpuShare, spec.carriers(), effective,
                comparison.ceilings().apply(spec)), rule, baseline.report(), outcome.report());
        Map<String, Object> all = new LinkedHashMap<>(extras);
        comparison.ceilings().apply(spec).ifPresent(c -> all.put(CEILING, c.speedup()));
        roundBand(baseline.report(), outcome.report()).ifPresent(band -> all.put(SPEEDUP_BAND, band));
        return new CellResult(spec.model(), spec.carriers(), wall, cpu, cpuShare, judgement.speedup(),
                judgement.verdict(), judgement.reason(), null, all);
    }

    /** Extra: the highest speedup the cell's work allows, when its scenario states a {@link Ceiling}. */
    public static final String CEILING = "ceiling";

    /** Extra: how far the speedup moved between rounds, when the cell was measured in several. */
    public static final String SPEEDUP_BAND = "speedupBand";

    /**
     * The judgement, told how far the speedup moved between rounds: a verdict whose threshold the
     * band straddles is left open (the next run could land on the other side), any other gets the band
     * beside it.
     */
    static VerdictRule.Judgement withRounds(VerdictRule.Judgement judgement, VerdictRule rule,
                                            ChildReport baseline, ChildReport cell) {
        Optional<SpeedupBand> band = roundBand(baseline, cell);
        if (band.isEmpty() || judgement.verdict() == Verdict.INCONCLUSIVE) {
            return judgement;
        }
        SpeedupBand b = band.get();
        if (b.straddles(rule.helpsAt()) || b.straddles(rule.hurtsAt() + 1e-9)) {
            return new VerdictRule.Judgement(judgement.speedup(), Verdict.INCONCLUSIVE, String.format(Locale.ROOT,
                    "%s pooled, but the speedup moved %s (each a fresh JVM of cell and baseline): it crossed the "
                            + "%s..%s no-effect band's edge, so no verdict", Units.speedup(judgement.speedup()),
                    b.describe(), Units.speedup(rule.hurtsAt()), Units.speedup(rule.helpsAt())));
        }
        return new VerdictRule.Judgement(judgement.speedup(), judgement.verdict(),
                judgement.reason() + "; " + (b.holds() ? "held " : "moved ") + b.describe());
    }

    static Optional<SpeedupBand> roundBand(ChildReport baseline, ChildReport cell) {
        if (baseline.extras().get(Rounds.ROUND_MEDIANS) instanceof List<?> base
                && cell.extras().get(Rounds.ROUND_MEDIANS) instanceof List<?> mine) {
            List<Double> speedups = SpeedupBand.perRound(numbers(base), numbers(mine));
            return speedups.size() > 1 ? Optional.of(SpeedupBand.of(speedups)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static List<Double> numbers(List<?> values) {
        return values.stream().map(v -> ((Number) v).doubleValue()).toList();
    }

    /**
     * How many of a cell's carriers could run at once: min(carriers, cores), where cores are those
     * its child JVM saw (reported by the child; else the spec's {@code --cores}; else this JVM's);
     * 1 for the sequential model. The CPU share that explains a cell divides by this.
     */
    public static int effectiveCarriers(CellOutcome outcome) {
        CellSpec spec = outcome.spec();
        if (spec.model() == ThreadModel.SEQUENTIAL) {
            return 1;
        }
        int cores = outcome.report() != null && outcome.report().extras().get(CellMain.CORES) instanceof Number n
                ? n.intValue()
                : spec.cores() > 0 ? spec.cores() : Runtime.getRuntime().availableProcessors();
        return Math.max(1, Math.min(spec.carriers(), cores));
    }

    private static Stats wallStats(ChildReport report) {
        return Stats.of(report.samples().stream().map(Sample::wallMs).toList());
    }

    /** A cell judged by a metric other than wall time: the declared comparison's speedup and verdict, the figures beside them. */
    static VerdictRule.Judgement byMetric(Comparison comparison, ChildReport baseline, ChildReport cell) {
        Metric metric = comparison.metric();
        Optional<Stats> theirs = metric.of(baseline);
        Optional<Stats> mine = metric.of(cell);
        if (theirs.isEmpty() || mine.isEmpty()) {
            return new VerdictRule.Judgement(Double.NaN, Verdict.INCONCLUSIVE, "no " + metric.words() + " reported to compare");
        }
        double speedup = comparison.speedup(theirs.get(), mine.get());
        Verdict verdict = comparison.verdict(theirs.get(), mine.get());
        return new VerdictRule.Judgement(speedup, verdict, String.format(Locale.ROOT, "%s the %s baseline's %s: %s (%s) vs %s (%s)%s",
                Units.speedup(speedup), comparison.baseline(), metric.words(), number(mine.get().median()),
                range(mine.get()), number(theirs.get().median()), range(theirs.get()),
                verdict == Verdict.INCONCLUSIVE ? ": " + (mine.get().single() || theirs.get().single()
                        ? "one value each, no range to tell it from noise" : "the ranges overlap") : ""));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%,.0f" : "%.2f", value);
    }

    private static String range(Stats s) {
        return number(s.min()) + ".." + number(s.max());
    }

    static String baselineReason(CellSpec spec, double wallMs, double cpuShare) {
        if (!VerdictReason.cpuReadable(wallMs, cpuShare)) {
            return "the baseline: " + (spec.model() == ThreadModel.SEQUENTIAL ? "one thread" : spec.label()) + "; "
                    + VerdictReason.unreadable(wallMs, cpuShare, spec.model() == ThreadModel.SEQUENTIAL ? 1 : spec.carriers());
        }
        return spec.model() == ThreadModel.SEQUENTIAL
                ? String.format(Locale.ROOT, "the baseline: one thread, busy %d%% of its time", Math.round(cpuShare * 100))
                : String.format(Locale.ROOT, "the baseline: %s, carriers busy %d%% of their time", spec.label(),
                        Math.round(cpuShare * 100));
    }
}
