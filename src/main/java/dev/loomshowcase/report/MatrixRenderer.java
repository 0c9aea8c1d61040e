package dev.loomshowcase.report;

import dev.loomshowcase.engine.Environment;
import dev.loomshowcase.engine.Units;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Renders the measured decision matrix for an 80-column terminal: per row, the mark and speedup of
 * each column beside the seed's mark, the reason in a few words, the fairer rival where there is one;
 * then, said plainly, every place where the measurement disagrees with the seed.
 */
public final class MatrixRenderer {

    static final int WIDTH = 80;
    private static final String LINE = "%-15s %-31s %-31s";

    private MatrixRenderer() {
    }

    /** The matrix, with marks this JVM's standard output can print. */
    public static String render(VerdictReport report) {
        return render(report, Marks.stdout());
    }

    /** The matrix, with marks the charset can print (✔/✘, else +/x). */
    public static String render(VerdictReport report, Charset charset) {
        List<String> lines = new ArrayList<>();
        Environment env = report.environment();
        lines.add("THE SEED'S DECISION MATRIX, MEASURED HERE");
        lines.add(String.format(Locale.ROOT, "JDK %s, %d cores, %s mode, %.0f s.", env.jdk(), env.cores(),
                report.mode(), report.elapsedS()));
        report.loadOrEmpty().flatMap(MachineLoad::split).ifPresent(lines::add);
        lines.add("speedup = sequential time / virtual-thread time (medians; server row: below)");
        boolean byCores = byCores(report.matrix());
        lines.add(title(MatrixColumn.SINGLE, byCores) + " = " + measuredOn(report.matrix(), MatrixColumn.SINGLE));
        lines.add(title(MatrixColumn.MULTI, byCores) + " = " + measuredOn(report.matrix(), MatrixColumn.MULTI));
        if (byCores) {
            lines.addAll(wrap("(--cores measured more than one core count: the single-core column reads the cells "
                    + "confined to the fewest cores, the multi-core column those on the most, each against its "
                    + "sequential cell on as many cores.)"));
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, LINE, "workload", header(report.matrix(), MatrixColumn.SINGLE, byCores),
                header(report.matrix(), MatrixColumn.MULTI, byCores)));
        lines.add(String.format(Locale.ROOT, LINE, "-".repeat(15), "-".repeat(31), "-".repeat(31)));
        report.matrix().values().forEach(row -> lines.addAll(row(row, charset)));
        lines.addAll(wrap("seed = the Go tutorial's prediction; vs = virtual threads over a platform pool of "
                + "as many threads as carriers. Marks follow each cell's verdict: " + Marks.CHECK + " helps, "
                + Marks.CROSS + " does not, ? no verdict (the reason says why). The seed's words are its own; the "
                + "cut-offs (much faster: at least " + dev.loomshowcase.engine.Units.speedup(dev.loomshowcase.engine.Bands.MUCH_FASTER)
                + ") are this showcase's. Server row: not in the seed's table; it tests the I/O-bound row, its speedup "
                + "is requests/s of the virtual-thread server over the best platform rival (a pool of 200 or a thread per "
                + "request) at the highest load measured, named with what it cost (peak memory, OS threads)."));
        if (!report.notes().isEmpty()) {
            lines.add("");
            lines.add("Said plainly:");
            report.notes().forEach(note -> lines.addAll(wrap("- " + note)));
        }
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(printable(line.stripTrailing(), charset)).append('\n'));
        return out.toString();
    }

    private static String measuredOn(Map<String, MatrixRowResult> matrix, MatrixColumn column) {
        return matrix.values().stream().map(r -> r.cell(column).measuredOn()).filter(m -> m != null)
                .findFirst().orElse("nothing");
    }

    private static String header(Map<String, MatrixRowResult> matrix, MatrixColumn column, boolean byCores) {
        String cell = matrix.values().stream().map(r -> r.cell(column).cell()).filter(c -> c != null && c.startsWith("virtual"))
                .findFirst().orElse("virtual");
        return title(column, byCores) + " (" + ON_CORES.matcher(cell).replaceFirst("") + ")";
    }

    /** A cell label's core count, present when the run measured more than one ({@code virtual@1 on 1 core}). */
    private static final Pattern ON_CORES = Pattern.compile(" on [0-9]+ cores?$");

    /**
     * True when the columns' cells name their cores because the run measured more than one core count
     * ({@code --cores 1,2}): the columns are then the seed's single core and multi-core.
     */
    static boolean byCores(Map<String, MatrixRowResult> matrix) {
        return matrix.values().stream().flatMap(r -> java.util.stream.Stream.of(r.single().cell(), r.multi().cell()))
                .anyMatch(c -> c != null && ON_CORES.matcher(c).find());
    }

    /** The seed's column name when the cores were chosen ({@code single core}), else the carriers'. */
    static String title(MatrixColumn column, boolean byCores) {
        return !byCores ? column.title() : column == MatrixColumn.SINGLE ? "single core" : "multi-core";
    }

    private static List<String> row(MatrixRowResult row, Charset charset) {
        MatrixCell single = row.single();
        MatrixCell multi = row.multi();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, LINE, row.title(), headline(single), headline(multi)));
        lines.add(String.format(Locale.ROOT, LINE, "  " + row.scenario(), fit(single.reason()), fit(multi.reason())));
        List<String> left = extras(single);
        List<String> right = extras(multi);
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            lines.add(String.format(Locale.ROOT, LINE, "", i < left.size() ? left.get(i) : "",
                    i < right.size() ? right.get(i) : ""));
        }
        return lines;
    }

    /** E.g. {@code ✔ 2.98x  seed ✔ Much faster}. */
    static String headline(MatrixCell cell) {
        String seed = Matrix.isServer(cell) ? "tests I/O row" : "seed " + Marks.seed(cell.seed());
        return cell.speedup() == null
                ? String.format(Locale.ROOT, "%s  %s", cell.mark(), seed)
                : String.format(Locale.ROOT, "%s %-6s %s", cell.mark(), Units.speedup(cell.speedup()), seed);
    }

    /** The rival's comparison, and the agreement with the seed unless it simply agrees. */
    private static List<String> extras(MatrixCell cell) {
        List<String> extras = new ArrayList<>();
        if (cell.rival() != null) {
            extras.add(rival(cell));
        }
        switch (cell.agreement()) {
            case "disagrees" -> extras.add("DISAGREES with the seed");
            case "unclear" -> extras.add("no verdict to check the seed");
            case "at-the-edge" -> extras.add("at the edge of the seed's band");
            case Matrix.SERVER_AGREEMENT -> extras.add("virtual / best platform server");
            case "unmeasured" -> {
                if (!Matrix.isServer(cell)) {
                    extras.add("seed unchecked: not measured");
                }
            }
            default -> { }
        }
        return extras;
    }

    private static String rival(MatrixCell cell) {
        return cell.rival() == null ? "" : "vs " + cell.rival() + ": " + Units.speedup(cell.vsRival());
    }

    private static String fit(String text) {
        return text.length() <= 31 ? text : text.substring(0, 28) + "...";
    }

    private static String printable(String line, Charset charset) {
        return line.replace(Marks.CHECK, Marks.printable(Marks.CHECK, charset))
                .replace(Marks.CROSS, Marks.printable(Marks.CROSS, charset));
    }

    /** Greedy word wrap to {@link #WIDTH} columns, continuation lines indented. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder("  ");
            }
            if (!line.isEmpty() && !line.toString().endsWith(" ")) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
