package dev.loomshowcase.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a scenario compares, declared rather than computed: which cells are the baseline (a thread
 * model or a case, on as many cores and, when named, with the same value of one parameter) and by which
 * {@link Metric}. The engine then judges every other cell against its baseline with
 * {@link VerdictRule#DEFAULT}, so no scenario writes its own speedup or verdict rule.
 *
 * {@snippet :
 * // the server: virtual threads against the platform pool at the same client count, by throughput
 * Comparison.of("platform-pool", Metric.THROUGHPUT).matching("concurrency")
 * }
 *
 * @param baseline  the baseline cells' thread model id ({@code sequential}) or case name ({@code thread-local})
 * @param metric    what the cells are compared by
 * @param sameParam a parameter the baseline must share with the cell (e.g. {@code concurrency}), or null
 * @param ceilings  the highest speedup the scenario states for a cell, if any ({@link Ceiling})
 */
public record Comparison(String baseline, Metric metric, String sameParam,
                         Function<CellSpec, Optional<Ceiling>> ceilings) {

    /** The default of every scenario: each cell's wall time against the sequential cell's. */
    public static final Comparison SEQUENTIAL_WALL = of(ThreadModel.SEQUENTIAL.id(), Metric.WALL_MS);

    public Comparison {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(metric, "metric");
        ceilings = ceilings == null ? spec -> Optional.empty() : ceilings;
    }

    /** Cells against the {@code baseline} model's or case's, by {@code metric}, with no ceiling. */
    public static Comparison of(String baseline, Metric metric) {
        return new Comparison(baseline, metric, null, null);
    }

    /** The same comparison, whose baseline must also share the value of {@code param}. */
    public Comparison matching(String param) {
        return new Comparison(baseline, metric, param, ceilings);
    }

    /** The same comparison, with the ceilings the scenario states for its cells. */
    public Comparison withCeilings(Function<CellSpec, Optional<Ceiling>> stated) {
        return new Comparison(baseline, metric, sameParam, stated);
    }

    /** True when {@code spec} is a baseline cell: its model or its case is the declared baseline. */
    public boolean isBaseline(CellSpec spec) {
        return spec.model().id().equals(baseline) || baseline.equals(spec.params().get("case"));
    }

    /** The measured baseline of {@code spec}: same model as declared, same cores, same {@link #sameParam}. */
    public Optional<CellOutcome> baselineFor(List<CellOutcome> outcomes, CellSpec spec) {
        return outcomes.stream()
                .filter(o -> o.ok() && isBaseline(o.spec()) && o.spec().cores() == spec.cores())
                .filter(o -> sameParam == null || Objects.equals(o.spec().params().get(sameParam), spec.params().get(sameParam)))
                .findFirst();
    }

    /** How many times better the cell is than the baseline on the metric (above 1: better). */
    public double speedup(Stats baselineValues, Stats cellValues) {
        return metric.higherIsBetter() ? cellValues.median() / baselineValues.median()
                : baselineValues.median() / cellValues.median();
    }

    /**
     * The verdict of a cell against its baseline: {@link VerdictRule#DEFAULT}'s band, and for a timed
     * metric its noise rule (ranges clear of each other, more than one value on each side).
     */
    public Verdict verdict(Stats baselineValues, Stats cellValues) {
        VerdictRule rule = VerdictRule.DEFAULT;
        Stats base = metric.asCost(baselineValues);
        Stats cell = metric.asCost(cellValues);
        if (metric.timed()) {
            return rule.verdict(base, cell);
        }
        double speedup = base.median() / cell.median();
        return speedup >= rule.helpsAt() ? Verdict.HELPS : speedup <= rule.hurtsAt() ? Verdict.HURTS : Verdict.NO_EFFECT;
    }
}
