package dev.loomshowcase.report;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.Units;
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
            return unmeasured(null, column == MatrixColumn.MULTI
                    ? "only one carrier measured (1 core or --carriers 1)"
                    : row.againstPlatformServer() ? "a server runs on every carrier" : "no virtual@1 cell measured", seed);
        }
        CellResult cell = virtual.get();
        if (cell.verdict() == Verdict.FAILED || cell.speedup() == null) {
            return failed(cell.label(), "cell failed", cell.verdict() == Verdict.FAILED ? cell.reason()
                    : "no speedup: " + cell.reason(), seed);
        }
        String on = measuredOn(cell, result.environment().cores());
        if (row.againstPlatformServer()) {
            Optional<CellResult> best = bestPlatformServer(result.cells(), cell);
            MatrixCell measured = measured(cell, Optional.empty(), seed, Reasons.serverWords(cell), on);
            return best.isEmpty() ? measured : new MatrixCell(measured.cell(), measured.measuredOn(), measured.speedup(),
                    measured.helps(), measured.verdict(), measured.mark(), measured.reason(), measured.detail(),
                    serverRivalLabel(best.get()), cell.speedup(), seed, measured.agreement(), measured.comment());
        }
        return measured(cell, rival(result.cells(), cell), seed, Reasons.words(cell), on);
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

    private static MatrixCell measured(CellResult cell, Optional<CellResult> rival, SeedPrediction seed, String words,
                                       String measuredOn) {
        boolean helps = cell.verdict() == Verdict.HELPS;
        String mark = helps ? Marks.CHECK : cell.verdict() == Verdict.INCONCLUSIVE ? "?" : Marks.CROSS;
        Double vsRival = rival.map(r -> r.wallMs().median() / cell.wallMs().median()).orElse(null);
        String agreement = agreement(cell, seed);
        return new MatrixCell(cell.label(), measuredOn, cell.speedup(), helps, cell.verdict().id(), mark, words,
                cell.reason(), rival.map(CellResult::label).orElse(null), vsRival, seed, agreement,
                comment(agreement, cell, seed));
    }

    /**
     * Agrees when the measured speedup lands in the band the seed's words name and the verdict says
     * the same: a helping cell of 1.11x does not agree with "much faster" (at least 2x).
     */
    static String agreement(CellResult cell, SeedPrediction seed) {
        if (cell.verdict() == Verdict.INCONCLUSIVE) {
            return "unclear";
        }
        Bands.Speedup predicted = Bands.Speedup.ofSeedWords(seed.words());
        boolean helps = cell.verdict() == Verdict.HELPS;
        if (predicted == Bands.Speedup.SAME_OR_SLOWER) {
            return !helps && cell.speedup() < Bands.FASTER ? "agrees" : "disagrees";
        }
        return helps && cell.speedup() >= (predicted == Bands.Speedup.MUCH_FASTER ? Bands.MUCH_FASTER : Bands.FASTER)
                ? "agrees" : "disagrees";
    }

    private static String comment(String agreement, CellResult cell, SeedPrediction seed) {
        String measured = "measured " + Units.speedup(cell.speedup()) + " (" + cell.verdict().id() + ", "
                + Bands.Speedup.of(cell.speedup()).words() + ")";
        Bands.Speedup predicted = Bands.Speedup.ofSeedWords(seed.words());
        String band = switch (predicted) {
            case MUCH_FASTER -> "at least " + Units.speedup(Bands.MUCH_FASTER);
            case FASTER -> "at least " + Units.speedup(Bands.FASTER);
            case SAME_OR_SLOWER -> "below " + Units.speedup(Bands.FASTER);
        };
        return switch (agreement) {
            case "disagrees" -> "DISAGREES with the seed, which predicts " + Marks.seed(seed) + " (" + band + "): " + measured;
            case "unclear" -> "cannot confirm the seed (" + Marks.seed(seed) + "): " + measured + ", too noisy";
            default -> !seed.helps() && seed.words().equals("Slower") && cell.verdict() == Verdict.NO_EFFECT
                    ? "agrees it does not help, but " + measured + ": the same, not slower"
                    : "agrees with the seed (" + Marks.seed(seed) + "): " + measured;
        };
    }

    private static MatrixCell failed(String cell, String reason, String detail, SeedPrediction seed) {
        return new MatrixCell(cell, null, null, false, Verdict.FAILED.id(), "FAILED", reason, detail, null, null,
                seed, "unmeasured", "FAILED: no measurement, so the seed's " + Marks.seed(seed) + " is unchecked here");
    }

    private static MatrixCell unmeasured(String cell, String reason, SeedPrediction seed) {
        return new MatrixCell(cell, null, null, false, NOT_MEASURED, "-", reason, reason, null, null, seed, "unmeasured",
                "not measured in this run");
    }
}
