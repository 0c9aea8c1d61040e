package dev.loomshowcase.report;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.Units;
import dev.loomshowcase.engine.Verdict;
import dev.loomshowcase.scenario.MatrixRow;
import dev.loomshowcase.scenario.SeedPrediction;

import dev.loomshowcase.engine.Claim;

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
 * <p>Single carrier = the {@code virtual@1} cell (on the fewest cores measured); multiple carriers =
 * the virtual cell with as many carriers as the machine has cores, else (when {@code --carriers} left
 * that out) the one with the most carriers above one; each cell says which it measured. With
 * {@code --cores 1,2} the columns are the seed's single core and multi-core: the single column reads
 * the cells confined to the fewest cores, the multi column those on the most, each against the
 * sequential cell on as many cores. The seed's
 * words are sizes: "much faster" needs at least 2x, "faster" and "somewhat faster" at least 1.10x,
 * "same or slower" less ({@link Bands}); a cell agrees only when it lands in the seed's band.
 * A scenario that failed, or is missing from this build, shows as failed.
 * The rows and the seed's predictions are those the scenarios declare ({@code Scenario.matrixRow()}).
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
        Optional<CellResult> virtual = virtualCell(result.cells(), column, result.environment().cores());
        if (virtual.isEmpty()) {
            if (row.againstPlatformServer() && column == MatrixColumn.SINGLE) {
                return new MatrixCell(null, null, null, false, NOT_MEASURED, "-", "a server runs on every carrier",
                        "a server runs on every carrier", null, null, seed, "unmeasured",
                        NO_SERVER_ROW + ": the server row is measured on every carrier only");
            }
            return unmeasured(null, column == MatrixColumn.MULTI
                    ? "only one carrier measured (1 core or --carriers 1)" : "no virtual@1 cell measured", seed);
        }
        CellResult cell = virtual.get();
        if (cell.verdict() == Verdict.FAILED || cell.speedup() == null) {
            return failed(cell.label(), "cell failed", cell.verdict() == Verdict.FAILED ? cell.reason()
                    : "no speedup: " + cell.reason(), seed);
        }
        String on = measuredOn(cell, result.environment().cores());
        CellEvidence evidence = evidence(cell, result, results);
        if (row.againstPlatformServer()) {
            Optional<CellResult> best = bestPlatformServer(result.cells(), cell);
            Pointers pointers = new Pointers(results);
            CellEvidence against = best.map(b -> new CellEvidence(cell, evidence.at(), b, pointers.of(b).orElse(null)))
                    .orElse(evidence);
            return server(cell, against, best, seed, on);
        }
        return measured(cell, rival(result.cells(), cell), seed, evidence, on);
    }

    /** The cell's numbers as evidence: its pointer in the report, and its baseline's. */
    static CellEvidence evidence(CellResult cell, ScenarioResult result, Map<String, ScenarioResult> results) {
        Pointers pointers = new Pointers(results);
        Optional<CellResult> baseline = result.cells().stream()
                .filter(c -> c.verdict() == Verdict.BASELINE && c.wallMs() != null)
                .min(Comparator.comparingInt((CellResult c) -> Math.abs(concurrency(c) - concurrency(cell)))
                        .thenComparingInt(c -> Math.abs(cores(c, 0) - cores(cell, 0))));
        return new CellEvidence(cell, pointers.of(cell).orElse("/unknown"), baseline.orElse(null),
                baseline.flatMap(pointers::of).orElse(null));
    }

    /** The cell of a column: see the class comment. */
    static Optional<CellResult> virtualCell(List<CellResult> cells, MatrixColumn column, int machineCores) {
        var virtual = cells.stream().filter(c -> c.model() == ThreadModel.VIRTUAL).toList();
        if (column == MatrixColumn.SINGLE) {
            return virtual.stream().filter(c -> c.carriers() == 1)
                    .max(Comparator.comparingInt((CellResult c) -> -cores(c, machineCores)).thenComparingInt(Matrix::concurrency));
        }
        Comparator<CellResult> most = Comparator.comparingInt((CellResult c) -> cores(c, machineCores))
                .thenComparingInt(Matrix::concurrency);
        Optional<CellResult> atCores = virtual.stream().filter(c -> c.carriers() == machineCores && c.carriers() > 1).max(most);
        return atCores.isPresent() ? atCores : virtual.stream().filter(c -> c.carriers() > 1)
                .max(Comparator.comparingInt(CellResult::carriers).thenComparing(most));
    }

    /** The CPUs a cell's child JVM saw (its {@code cores} extra), else the machine's. */
    static int cores(CellResult cell, int machineCores) {
        return cell.extras().get("cores") instanceof Number n ? n.intValue() : machineCores;
    }

    /** What a matrix cell measured, e.g. {@code 2 carriers on 2 cores (the core count)}. */
    static String measuredOn(CellResult cell, int machineCores) {
        int cores = cores(cell, machineCores);
        String what = String.format(Locale.ROOT, "%d carrier%s on %d core%s", cell.carriers(), cell.carriers() == 1 ? "" : "s",
                cores, cores == 1 ? "" : "s");
        if (cell.carriers() == 1) {
            return what;
        }
        if (cores < machineCores) {
            return what + String.format(Locale.ROOT, " (--cores; the machine has %d cores)", machineCores);
        }
        return cell.carriers() == machineCores ? what + " (the core count)"
                : what + String.format(Locale.ROOT, " (--carriers; the machine has %d cores)", machineCores);
    }

    /** The platform pool with as many threads as the cell has carriers (at the same load, for servers), when measured. */
    static Optional<CellResult> rival(List<CellResult> cells, CellResult virtual) {
        return cells.stream()
                .filter(c -> c.model() == ThreadModel.PLATFORM_POOL && c.carriers() == virtual.carriers() && c.wallMs() != null
                        && concurrency(c) == concurrency(virtual))
                .findFirst();
    }

    /**
     * A server row divides by the best platform rival at the same load: the pool or the thread per request,
     * whichever answered more (the server scenario's judge chose the same one for the cell's speedup).
     */
    static Optional<CellResult> bestPlatformServer(List<CellResult> cells, CellResult virtual) {
        return cells.stream()
                .filter(c -> (c.model() == ThreadModel.PLATFORM_POOL || c.model() == ThreadModel.PLATFORM_PER_REQUEST)
                        && c.carriers() == virtual.carriers() && concurrency(c) == concurrency(virtual)
                        && !(c.extras().get("case") instanceof String) && c.extras().get("throughput") instanceof Number)
                .max(Comparator.comparingDouble(c -> ((Number) c.extras().get("throughput")).doubleValue()));
    }

    /** E.g. {@code platform-pool(200 threads, 610 MB, 812 OS threads)@2 c=1000}: the rival and what it cost. */
    static String serverRivalLabel(CellResult rival) {
        var e = rival.extras();
        String pool = e.get("poolThreads") instanceof Number p ? p.intValue() + " threads, " : "";
        String rss = e.get("serverRssBytes") instanceof Number r ? Math.round(r.doubleValue() / (1 << 20)) + " MB, " : "";
        String threads = e.get("serverOsThreads") instanceof Number t ? t.intValue() + " OS threads" : "";
        String cost = (pool + rss + threads).replaceAll(", $", "");
        return rival.model().id() + (cost.isEmpty() ? "" : "(" + cost + ")") + "@" + rival.carriers() + " c=" + concurrency(rival);
    }

    /** A server cell's client count; 0 for cells that are not under load. */
    static int concurrency(CellResult cell) {
        return cell.extras().get("concurrency") instanceof Number n ? n.intValue() : 0;
    }

    private static MatrixCell measured(CellResult cell, Optional<CellResult> rival, SeedPrediction seed, CellEvidence evidence,
                                       String measuredOn) {
        boolean helps = cell.verdict() == Verdict.HELPS;
        String mark = helps ? Marks.CHECK : cell.verdict() == Verdict.INCONCLUSIVE ? "?" : Marks.CROSS;
        Double vsRival = rival.map(r -> r.wallMs().median() / cell.wallMs().median()).orElse(null);
        Claim reason = MatrixClaims.reason(evidence);
        Agreement agreement = agreement(evidence, seed, reason);
        return new MatrixCell(cell.label(), measuredOn, cell.speedup(), helps, cell.verdict().id(), mark, reason.text(),
                cell.reason(), rival.map(CellResult::label).orElse(null), vsRival, seed, agreement.id(),
                agreement.claim().text(), List.of(reason, agreement.claim()));
    }

    /** An agreement with the seed and the claim that says it. */
    record Agreement(String id, Claim claim) {
    }

    /**
     * Agrees when the whole speedup range the repetitions allow (baseline min / cell max up to baseline
     * max / cell min) lies in the band the seed's words name, disagrees when it lies wholly outside,
     * and is "at the edge" when it straddles the cut-off; a cell without a verdict cannot check the seed.
     * The seed gives words; the cut-offs are this showcase's ({@link Bands}), and the comment says so.
     */
    static Agreement agreement(CellEvidence e, SeedPrediction seed, Claim reason) {
        CellResult cell = e.cell();
        String measured = "measured " + Units.speedup(cell.speedup());
        if (cell.verdict() == Verdict.INCONCLUSIVE || !e.hasBaseline()) {
            return new Agreement("unclear", reason.withText("cannot check the seed (" + Marks.seed(seed) + "): "
                    + measured + ", no verdict: " + reason.text()));
        }
        MatrixClaims.SeedBand band = MatrixClaims.SeedBand.of(seed);
        String range = String.format(Locale.ROOT, "%s, range %s..%s", measured,
                Units.speedup(cell.wallMs().max() == 0 ? 0 : e.baseline().wallMs().min() / cell.wallMs().max()),
                Units.speedup(e.baseline().wallMs().max() / cell.wallMs().min()));
        List<Agreement> candidates = List.of(
                new Agreement("agrees", band.agrees(e, "agrees with the seed (" + Marks.seed(seed) + ", "
                        + band.range() + "): " + range + "; " + band.whose())),
                new Agreement("disagrees", band.disagrees(e, "DISAGREES with the seed, which predicts " + Marks.seed(seed)
                        + " (" + band.range() + "): " + range + "; " + band.whose())),
                new Agreement("at-the-edge", band.edge(e, "at the edge of the seed's " + Marks.seed(seed) + " ("
                        + band.range() + "): " + range + " straddles " + Units.speedup(band.cut()) + ", so this run cannot "
                        + "tell; " + band.whose())));
        return candidates.stream().filter(a -> a.claim().holds()).findFirst()
                .orElse(new Agreement("unclear", reason.withText("cannot check the seed (" + Marks.seed(seed) + "): " + measured)));
    }

    /**
     * The server row: not in the seed's table, so no agreement of its own; it tests the seed's I/O-bound
     * row under load, and its speedup divides the virtual-thread server's requests/s by the best
     * platform-thread rival's (a pool of 200 or a thread per request) at the same load.
     */
    private static MatrixCell server(CellResult cell, CellEvidence e, Optional<CellResult> best, SeedPrediction seed,
                                     String measuredOn) {
        boolean helps = cell.verdict() == Verdict.HELPS;
        String mark = helps ? Marks.CHECK : cell.verdict() == Verdict.INCONCLUSIVE ? "?" : Marks.CROSS;
        Claim reason = ServerClaims.reason(e);
        Claim comment = ServerClaims.comment(e, seed);
        return new MatrixCell(cell.label(), measuredOn, cell.speedup(), helps, cell.verdict().id(), mark, reason.text(),
                cell.reason(), best.map(Matrix::serverRivalLabel).orElse(null), best.isPresent() ? cell.speedup() : null,
                seed, SERVER_AGREEMENT, comment.text(), List.of(reason, comment));
    }

    /** True for a cell of the server row, which the seed's table does not have. */
    static boolean isServer(MatrixCell cell) {
        return SERVER_AGREEMENT.equals(cell.agreement()) || cell.comment().startsWith(NO_SERVER_ROW);
    }

    /** How the server row's comments begin. */
    static final String NO_SERVER_ROW = "the seed has no server row";

    /** The server row's agreement: the seed has no server row, so it tests the I/O-bound row's words. */
    public static final String SERVER_AGREEMENT = "tests-io-row";

    private static MatrixCell failed(String cell, String reason, String detail, SeedPrediction seed) {
        return new MatrixCell(cell, null, null, false, Verdict.FAILED.id(), "FAILED", reason, detail, null, null,
                seed, "unmeasured", "FAILED: no measurement, so the seed's " + Marks.seed(seed) + " is unchecked here");
    }

    private static MatrixCell unmeasured(String cell, String reason, SeedPrediction seed) {
        return new MatrixCell(cell, null, null, false, NOT_MEASURED, "-", reason, reason, null, null, seed, "unmeasured",
                "not measured in this run");
    }
}
