package dev.loomshowcase.report;

import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Environment;
import dev.loomshowcase.engine.Metric;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.Units;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a scenario result as a terminal table that fits 80 columns: one row per cell with its
 * spread next to its median, then each verdict's reason, then the notes.
 */
public final class TableRenderer {

    static final int WIDTH = 80;
    /** The label column's width; a table with a longer label widens it for every row, so the columns stay aligned. */
    static final int LABEL_WIDTH = 22;
    /** The range column's width, in {@link #COLUMNS}: a rate's unit joins its header only where it fits. */
    private static final int RANGE_WIDTH = 15;
    private static final String COLUMNS = " %9s %" + RANGE_WIDTH + "s %5s %8s  %-12s";

    private TableRenderer() {
    }

    public static String render(ScenarioResult result) {
        StringBuilder out = new StringBuilder();
        out.append(result.title()).append('\n');
        wrap(result.hypothesis(), "").forEach(line -> out.append(line).append('\n'));
        out.append(environmentLine(result.environment(), result.mode())).append("\n\n");
        boolean rates = byRate(result.cells());
        boolean perOperation = !rates && byOperation(result.cells());
        boolean figures = !rates && !perOperation && byFigure(result.cells());
        int labelWidth = labelWidth(result.cells());
        String unit = rateUnit(result.cells());
        out.append(String.format(Locale.ROOT, format(labelWidth), "cell", rates ? unit : perOperation ? "per op" : figures ? "figure" : "median",
                rates ? rangeHeader(unit) : perOperation ? "min..max per op" : figures ? "of" : "min..max",
                "CPU", "speedup", "verdict").stripTrailing()).append('\n');
        result.cells().forEach(cell -> out.append((rates ? rateRow(cell, labelWidth) : perOperation ? operationRow(cell, labelWidth)
                : figures ? figureRow(cell, labelWidth) : row(cell, labelWidth)).stripTrailing()).append('\n'));
        out.append("\nwhy:\n");
        result.cells().forEach(cell -> wrap(cell.label() + ": " + cell.reason(), "  ")
                .forEach(line -> out.append(line).append('\n')));
        if (!result.notes().isEmpty()) {
            out.append("\nnotes:\n");
            result.notes().forEach(note -> wrap(note, "  ").forEach(line -> out.append(line).append('\n')));
        }
        return out.toString();
    }

    /** The longest label of the table's cells, or {@link #LABEL_WIDTH} when all are shorter. */
    static int labelWidth(List<CellResult> cells) {
        return Math.max(LABEL_WIDTH, cells.stream().mapToInt(c -> c.label().length()).max().orElse(0));
    }

    private static String format(int labelWidth) {
        return "%-" + labelWidth + "s" + COLUMNS;
    }

    static String row(CellResult cell, int labelWidth) {
        if (cell.wallMs() == null) {
            return String.format(Locale.ROOT, format(labelWidth), cell.label(), "-", "-", "-", "-", cell.verdict().id());
        }
        return row(cell, labelWidth, Units.duration(cell.wallMs().median()), Units.range(cell.wallMs().min(), cell.wallMs().max()));
    }

    /** A measured cell's row with the figure its table shows and that figure's range (or what it is). */
    private static String row(CellResult cell, int labelWidth, String figure, String range) {
        return String.format(Locale.ROOT, format(labelWidth), cell.label(), figure, range,
                String.format(Locale.ROOT, "%.0f%%", cell.cpuShare() * 100),
                cell.speedup() == null ? "-" : Units.speedup(cell.speedup()),
                cell.verdict().id());
    }

    /**
     * True for a table whose verdicts divide requests per second (a server under load): every measured cell
     * carries its throughput and its range, so the table shows those, not the cell's wall time.
     */
    static boolean byRate(List<CellResult> cells) {
        List<CellResult> measured = cells.stream().filter(c -> c.wallMs() != null).toList();
        return !measured.isEmpty() && measured.stream().allMatch(c -> c.extras().get("throughput") instanceof Number
                && c.extras().get("throughputRange") instanceof java.util.Map<?, ?>);
    }

    /**
     * True for a table whose verdicts divide the time of one operation (a sum of a given size), because its
     * cells repeat different numbers of it per repetition: their wall times cannot be compared, so the
     * table shows each cell's time per operation ({@link Metric#PER_OPERATION}).
     */
    static boolean byOperation(List<CellResult> cells) {
        List<CellResult> measured = cells.stream().filter(c -> c.wallMs() != null).toList();
        return !measured.isEmpty() && measured.stream().allMatch(c -> Metric.PER_OPERATION.of(c).isPresent());
    }

    /** "min..max req/s", or "min..max" alone where the unit would not fit the column ("queries/s"). */
    private static String rangeHeader(String unit) {
        String withUnit = "min..max " + unit;
        return withUnit.length() <= RANGE_WIDTH ? withUnit : "min..max";
    }

    /** What the cells' throughput counts per second: {@link CellResult#RATE_UNIT} when they all name one, else requests. */
    static String rateUnit(List<CellResult> cells) {
        List<Object> units = cells.stream().filter(c -> c.wallMs() != null).map(c -> c.extras().get(CellResult.RATE_UNIT)).distinct().toList();
        return units.size() == 1 && units.getFirst() instanceof String unit ? unit : "req/s";
    }

    /** A cell whose repetition repeats an operation: the median time of one, and its range. */
    static String operationRow(CellResult cell, int labelWidth) {
        if (cell.wallMs() == null) {
            return row(cell, labelWidth);
        }
        Stats perOp = Metric.PER_OPERATION.of(cell).orElseThrow(); // in µs
        return row(cell, labelWidth, Units.duration(perOp.median() / 1000), Units.range(perOp.min() / 1000, perOp.max() / 1000));
    }

    /** True when every measured cell names the figure its judge divided ({@link CellResult#FIGURE}). */
    static boolean byFigure(List<CellResult> cells) {
        List<CellResult> measured = cells.stream().filter(c -> c.wallMs() != null).toList();
        return !measured.isEmpty() && measured.stream().allMatch(c -> c.extras().get(CellResult.FIGURE) instanceof String
                && c.extras().get(CellResult.FIGURE_OF) instanceof String);
    }

    /** A cell judged by its own figure: the figure and what it is. */
    static String figureRow(CellResult cell, int labelWidth) {
        if (cell.wallMs() == null) {
            return row(cell, labelWidth);
        }
        return row(cell, labelWidth, (String) cell.extras().get(CellResult.FIGURE), (String) cell.extras().get(CellResult.FIGURE_OF));
    }

    /** A server cell: its requests/s over the windows, and their lowest and highest. */
    static String rateRow(CellResult cell, int labelWidth) {
        if (cell.wallMs() == null) {
            return row(cell, labelWidth);
        }
        var range = (java.util.Map<?, ?>) cell.extras().get("throughputRange");
        return row(cell, labelWidth, String.format(Locale.ROOT, "%.1f", ((Number) cell.extras().get("throughput")).doubleValue()),
                String.format(Locale.ROOT, "%.1f..%.1f", ((Number) range.get("min")).doubleValue(), ((Number) range.get("max")).doubleValue()));
    }

    static String environmentLine(Environment env, String mode) {
        return String.format(Locale.ROOT, "JDK %s, %d cores; mode %s; CPU = how busy the carriers were",
                env.jdk(), env.cores(), mode);
    }

    /** Greedy word wrap to {@link #WIDTH} columns, every line starting with {@code indent}. */
    public static List<String> wrap(String text, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent + "  ");
            }
            if (line.length() > indent.length() && !line.toString().endsWith(" ")) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
