package dev.loomshowcase.report;

import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Claim;
import dev.loomshowcase.engine.Claim.Evidence;
import dev.loomshowcase.engine.Claim.Op;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reason under each scenario cell as a claim: its verdict's comparisons (the speedup against the
 * no-effect band, the ranges against each other) and each cause its words name (mostly waiting, CPU-bound,
 * in parallel) beside the number that shows it. A reason whose evidence does not hold is replaced by the
 * sentence the numbers support, so the table never prints it.
 */
final class CellClaims {

    /** The extra that holds a cell's claims in the report. */
    static final String CLAIMS = "claims";

    private CellClaims() {
    }

    /** Every scenario's cells, each comparison cell carrying its reason as a claim (pointers: {@code /scenarios/i/cells/j}). */
    static List<ScenarioResult> withClaims(List<ScenarioResult> scenarios) {
        List<ScenarioResult> out = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioResult s = scenarios.get(i);
            List<CellResult> cells = new ArrayList<>();
            for (int j = 0; j < s.cells().size(); j++) {
                cells.add(withClaim(evidence(s, i, j)));
            }
            out.add(new ScenarioResult(s.scenario(), s.title(), s.hypothesis(), s.mode(), s.environment(), cells, s.notes()));
        }
        return out;
    }

    static CellEvidence evidence(ScenarioResult s, int i, int j) {
        CellResult cell = s.cells().get(j);
        int base = -1;
        for (int k = 0; k < s.cells().size(); k++) {
            CellResult c = s.cells().get(k);
            if (c.verdict() == Verdict.BASELINE && c.wallMs() != null
                    && (base < 0 || Math.abs(Matrix.cores(c, 0) - Matrix.cores(cell, 0))
                    < Math.abs(Matrix.cores(s.cells().get(base), 0) - Matrix.cores(cell, 0)))) {
                base = k;
            }
        }
        String prefix = "/scenarios/" + i + "/cells/";
        return new CellEvidence(cell, prefix + j, base < 0 ? null : s.cells().get(base), base < 0 ? null : prefix + base);
    }

    static CellResult withClaim(CellEvidence e) {
        return claim(e).map(c -> e.cell().withVerdict(e.cell().verdict(), c.text()).withExtra(CLAIMS, List.of(c)))
                .orElse(e.cell());
    }

    /** The cell's reason as a claim, or the sentence its numbers support when the reason's evidence fails; empty for cells that compare nothing. */
    static Optional<Claim> claim(CellEvidence e) {
        CellResult cell = e.cell();
        if (cell.speedup() == null || cell.wallMs() == null || cell.reason() == null || !comparison(cell.verdict())) {
            return Optional.empty();
        }
        Claim own = new Claim(cell.reason(), evidence(e));
        if (own.holds()) {
            return Optional.of(own);
        }
        return Optional.of(MatrixClaims.reason(e));
    }

    private static boolean comparison(Verdict v) {
        return v == Verdict.HELPS || v == Verdict.NO_EFFECT || v == Verdict.HURTS || v == Verdict.INCONCLUSIVE;
    }

    /** The comparisons the reason's verdict and words rest on. */
    static List<Evidence> evidence(CellEvidence e) {
        double helpsAt = CellEvidence.RULE.helpsAt();
        double hurtsAt = CellEvidence.RULE.hurtsAt();
        boolean byWall = e.hasBaseline()
                && Math.abs(e.baseline().wallMs().median() / e.cell().wallMs().median() - e.cell().speedup()) <= 0.005 * e.cell().speedup();
        List<Evidence> list = new ArrayList<>();
        switch (e.cell().verdict()) {
            case HELPS -> {
                list.add(e.speedup(Op.GE, helpsAt));
                if (byWall) {
                    list.add(e.lowest(Op.GT, 1));
                }
            }
            case HURTS -> {
                list.add(e.speedup(Op.LE, hurtsAt));
                if (byWall) {
                    list.add(e.highest(Op.LT, 1));
                }
            }
            case NO_EFFECT -> {
                list.add(e.speedup(Op.GT, hurtsAt));
                list.add(e.speedup(Op.LT, helpsAt));
            }
            default -> {
                if (!byWall) {
                    list.add(e.speedup(Op.GT, 0));
                } else {
                    Claim.firstHolding(MatrixClaims.inconclusive(e)).ifPresentOrElse(c -> list.addAll(c.evidence()),
                            () -> list.add(e.speedup(Op.LT, 0)));
                }
            }
        }
        causes(e, list);
        return list;
    }

    /** The causes a reason names, each beside its number. */
    private static void causes(CellEvidence e, List<Evidence> list) {
        String why = e.cell().reason();
        if (e.cell().cpuShare() == null || e.cell().cpuMs() == null) {
            return;
        }
        if (why.contains("mostly waiting")) {
            list.add(e.cpuShare(Op.LT, Bands.BUSY));
        }
        if (why.contains("CPU-bound (")) {
            list.add(e.cpuShare(Op.GE, Bands.BUSY));
        }
        if (why.contains("not in parallel")) {
            // one carrier runs one virtual thread at a time: cores busy beyond it are the JVM's own threads
            list.add(e.cell().carriers() == 1 ? e.carriers(Op.LE, 1)
                    : e.has("cores") && e.number("cores") <= 1 ? e.number("cores the cell ran on", "cores", Op.LE, 1)
                    : e.coresBusy(Op.LT, Bands.PARALLEL));
        } else if (why.contains("ran in parallel")) {
            list.add(e.coresBusy(Op.GE, Bands.PARALLEL));
            list.add(e.carriers(Op.GT, 1));
            if (e.has("cores")) {
                list.add(e.number("cores the cell ran on", "cores", Op.GT, 1));
            }
        }
        if (why.contains("waits overlapped")) {
            list.add(e.cpuShare(Op.LT, Bands.BUSY));
        }
    }
}
