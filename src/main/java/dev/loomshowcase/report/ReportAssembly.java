package dev.loomshowcase.report;

import dev.loomshowcase.engine.Claim;
import dev.loomshowcase.engine.Environment;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.scenario.MatrixRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The main job's report assembled from what the scenarios produced: the decision matrix derived from
 * their cells, every scenario's result (a failed one listed with no cells), and notes on failures and
 * disagreements with the seed. It reads results only; running them is the command line's job.
 */
public final class ReportAssembly {

    private ReportAssembly() {
    }

    /**
     * @param mode        the run mode's name, e.g. {@code QUICK}
     * @param rows        the decision matrix's rows, as the scenarios declare them
     * @param results     measured scenarios by name
     * @param unavailable scenarios that could not produce cells, by name, with the reason
     * @param elapsedS    how long the run took
     */
    public static VerdictReport assemble(String mode, List<MatrixRow> rows, Map<String, ScenarioResult> results,
                                         Map<String, String> unavailable, double elapsedS) {
        Map<String, MatrixRowResult> matrix = Matrix.derive(rows, results, unavailable);
        List<ScenarioResult> scenarios = new ArrayList<>(results.values());
        List<String> notes = new ArrayList<>();
        unavailable.forEach((name, why) -> {
            notes.add("FAILED " + name + ": " + why);
            if (!results.containsKey(name) && !why.endsWith(Matrix.NOT_IN_BUILD)) {
                scenarios.add(new ScenarioResult(name, name, "", mode, Environment.current(),
                        List.of(), List.of("failed: " + why)));
            }
        });
        List<Claim> claims = new ArrayList<>(RivalClaims.of(results, new Pointers(results)));
        claims.forEach(c -> notes.add(c.text()));
        matrix.forEach((row, cells) -> List.of(cells.single(), cells.multi()).forEach(cell -> {
            if (SAID.contains(cell.agreement())) {
                Claim said = cell.claims().getLast();
                claims.add(said.withText(row + ", " + cell.cell() + ": " + said.text()));
                notes.add(claims.getLast().text());
            } else if (cell.verdict().equals("failed") && cell.cell() != null) {
                notes.add("FAILED " + row + ", " + cell.cell() + ": " + cell.detail());
            }
        }));
        return new VerdictReport(VerdictReport.TITLE, mode, Environment.current(), null, elapsedS,
                matrix, CellClaims.withClaims(scenarios), notes, claims);
    }

    /** Agreements said plainly under the matrix: all but those that simply agree, or have nothing to say. */
    private static final java.util.Set<String> SAID = java.util.Set.of("disagrees", "unclear", "at-the-edge");
}
