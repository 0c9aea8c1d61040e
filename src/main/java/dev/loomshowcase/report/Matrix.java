package dev.loomshowcase.report;

import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.Verdict;
import dev.loomshowcase.scenario.MatrixRow;
import dev.loomshowcase.scenario.SeedPrediction;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Derives the seed's decision matrix from measured cells. Nothing in it is written by hand: the mark
 * follows the cell's verdict, the speedup is the cell's, and the agreement compares both with the seed.
 *
 * <p>Single carrier = the {@code virtual@1} cell; multiple carriers = the virtual cell with the most
 * carriers above one. A scenario that failed, or is missing from this build, shows as failed. The rows
 * and the seed's predictions are those the scenarios declare ({@code Scenario.matrixRow()}).
 */
public final class Matrix {

    static final String NOT_MEASURED = "not-measured";
    /** The end of the reason given for a matrix row whose scenario this build does not have. */
    public static final String NOT_IN_BUILD = "not in this build";

    private Matrix() {
    }

    /**
     * @param rows        the matrix's rows, in order, as the scenarios declare them
     * @param results     measured scenarios by name
     * @param unavailable scenarios that could not produce cells, by name, with the reason
     * @return rows by id, in the seed's order
     */
    public static Map<String, MatrixRowResult> derive(List<MatrixRow> rows, Map<String, ScenarioResult> results,
                                                      Map<String, String> unavailable) {
        Map<String, MatrixRowResult> matrix = new LinkedHashMap<>();
        for (MatrixRow row : rows) {
            matrix.put(row.id(), new MatrixRowResult(row.title(), row.scenario(), row.seedWhy(),
                    cell(row, MatrixColumn.SINGLE, results, unavailable),
                    cell(row, MatrixColumn.MULTI, results, unavailable)));
        }
        return matrix;
    }

    static MatrixCell cell(MatrixRow row, MatrixColumn column, Map<String, ScenarioResult> results,
                           Map<String, String> unavailable) {
        SeedPrediction seed = column == MatrixColumn.SINGLE ? row.single() : row.multi();
        if (unavailable.containsKey(row.scenario())) {
            String why = unavailable.get(row.scenario());
            return failed(null, why.endsWith(NOT_IN_BUILD) ? NOT_IN_BUILD : "scenario failed to run", why, seed);
        }
        ScenarioResult result = results.get(row.scenario());
        if (result == null) {
            return unmeasured(null, "not run (not selected)", seed);
        }
        Optional<CellResult> virtual = virtualCell(result.cells(), column);
        if (virtual.isEmpty()) {
            return unmeasured(null, column == MatrixColumn.MULTI
                    ? "only one carrier measured (1 core or --carriers 1)"
                    : row.againstPlatformServer() ? "a server runs on every carrier" : "no virtual@1 cell measured", seed);
        }
        CellResult cell = virtual.get();
        if (cell.verdict() == Verdict.FAILED || cell.speedup() == null) {
            return failed(cell.label(), "cell failed", cell.verdict() == Verdict.FAILED ? cell.reason()
                    : "no speedup: " + cell.reason(), seed);
        }
        if (row.againstPlatformServer()) {
            return measured(cell, Optional.empty(), seed, Reasons.serverWords(cell));
        }
        return measured(cell, rival(result.cells(), cell), seed, Reasons.words(cell));
    }

    static Optional<CellResult> virtualCell(List<CellResult> cells, MatrixColumn column) {
        var virtual = cells.stream().filter(c -> c.model().equals("virtual"));
        return column == MatrixColumn.SINGLE
                ? virtual.filter(c -> c.carriers() == 1).max(Comparator.comparingInt(Matrix::concurrency))
                : virtual.filter(c -> c.carriers() > 1)
                        .max(Comparator.comparingInt(CellResult::carriers).thenComparingInt(Matrix::concurrency));
    }

    /** The platform pool with as many threads as the cell has carriers (at the same load, for servers), when measured. */
    static Optional<CellResult> rival(List<CellResult> cells, CellResult virtual) {
        return cells.stream()
                .filter(c -> c.model().equals("platform-pool") && c.carriers() == virtual.carriers() && c.wallMs() != null
                        && concurrency(c) == concurrency(virtual))
                .findFirst();
    }

    /** A server cell's client count; 0 for cells that are not under load. */
    static int concurrency(CellResult cell) {
        return cell.extras().get("concurrency") instanceof Number n ? n.intValue() : 0;
    }

    private static MatrixCell measured(CellResult cell, Optional<CellResult> rival, SeedPrediction seed, String words) {
        boolean helps = cell.verdict() == Verdict.HELPS;
        String mark = helps ? Marks.CHECK : cell.verdict() == Verdict.INCONCLUSIVE ? "?" : Marks.CROSS;
        Double vsRival = rival.map(r -> r.wallMs().median() / cell.wallMs().median()).orElse(null);
        String agreement = cell.verdict() == Verdict.INCONCLUSIVE ? "unclear" : helps == seed.helps() ? "agrees" : "disagrees";
        return new MatrixCell(cell.label(), cell.speedup(), helps, cell.verdict().id(), mark, words,
                cell.reason(), rival.map(CellResult::label).orElse(null), vsRival, seed, agreement,
                comment(agreement, cell, seed));
    }

    private static String comment(String agreement, CellResult cell, SeedPrediction seed) {
        String measured = String.format(Locale.ROOT, "measured %.2fx (%s)", cell.speedup(), cell.verdict().id());
        return switch (agreement) {
            case "disagrees" -> "DISAGREES with the seed, which predicts " + Marks.seed(seed) + ": " + measured;
            case "unclear" -> "cannot confirm the seed (" + Marks.seed(seed) + "): " + measured + ", too noisy";
            default -> !seed.helps() && seed.words().equals("Slower") && cell.verdict() == Verdict.NO_EFFECT
                    ? "agrees it does not help, but " + measured + ": the same, not slower"
                    : "agrees with the seed (" + Marks.seed(seed) + "): " + measured;
        };
    }

    private static MatrixCell failed(String cell, String reason, String detail, SeedPrediction seed) {
        return new MatrixCell(cell, null, false, Verdict.FAILED.id(), "FAILED", reason, detail, null, null,
                seed, "unmeasured", "FAILED: no measurement, so the seed's " + Marks.seed(seed) + " is unchecked here");
    }

    private static MatrixCell unmeasured(String cell, String reason, SeedPrediction seed) {
        return new MatrixCell(cell, null, false, NOT_MEASURED, "-", reason, reason, null, null, seed, "unmeasured",
                "not measured in this run");
    }
}
