package dev.loomshowcase.report;

import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.Units;

import java.util.Locale;

/** Renders the report as Markdown: the matrix first, then each scenario's cells with their spread. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(VerdictReport report) {
        StringBuilder md = new StringBuilder("# ").append(report.title()).append("\n\n");
        var env = report.environment();
        md.append(String.format(Locale.ROOT, "Measured on JDK %s (%s), %d cores, %s, %s mode, %s. ",
                env.jdk(), env.vendor(), env.cores(), env.os(), report.mode(), env.measuredAt()));
        md.append("Speedup = sequential time / virtual-thread time (medians); in the server row, requests/s of the "
                + "virtual-thread server / the best platform-thread rival (a pool of 200 or a thread per request) at the same load "
                + "(the seed has no server row: it tests "
                + "the I/O-bound row). A mark follows the cell's verdict: ✔ helps, ✘ does not, ? no verdict (the reason says why).\n\n");
        md.append("| Workload | Single carrier | Multiple carriers | Seed's why |\n|---|---|---|---|\n");
        report.matrix().values().forEach(row -> md.append("| ").append(row.title()).append(" (`").append(row.scenario())
                .append("`) | ").append(cell(row.single())).append(" | ").append(cell(row.multi())).append(" | ")
                .append(row.seedWhy()).append(" |\n"));
        if (!report.notes().isEmpty()) {
            md.append("\n## Said plainly\n\n");
            report.notes().forEach(note -> md.append("- ").append(note).append('\n'));
        }
        report.scenarios().forEach(s -> scenario(md, s));
        return md.toString();
    }

    private static String cell(MatrixCell cell) {
        StringBuilder text = new StringBuilder("**").append(cell.mark());
        if (cell.speedup() != null) {
            text.append(" " + Units.speedup(cell.speedup()));
        }
        text.append("**");
        if (cell.cell() != null) {
            text.append(" `").append(cell.cell()).append('`');
        }
        text.append(": ").append(cell.reason().replace("|", "/"));
        if (cell.rival() != null) {
            text.append("; " + Units.speedup(cell.vsRival()) + " vs `" + cell.rival() + "`");
        }
        text.append(Matrix.isServer(cell) ? "<br>tests the seed's I/O-bound row (" + Marks.seed(cell.seed()) + ")"
                : "<br>seed: " + Marks.seed(cell.seed()) + " (" + cell.agreement() + ")");
        return text.toString();
    }

    private static void scenario(StringBuilder md, ScenarioResult s) {
        md.append("\n## ").append(s.scenario()).append("\n\n").append(s.title()).append("\n\n");
        if (!s.hypothesis().isBlank()) {
            md.append("> ").append(s.hypothesis()).append("\n\n");
        }
        md.append("| cell | median | min..max | CPU | speedup | verdict | why |\n|---|---|---|---|---|---|---|\n");
        for (CellResult c : s.cells()) {
            md.append("| ").append(c.label()).append(" | ");
            if (c.wallMs() == null) {
                md.append("- | - | - | - | ");
            } else {
                md.append(String.format(Locale.ROOT, "%s | %s | %.0f%% | %s | ", Units.duration(c.wallMs().median()),
                        Units.range(c.wallMs().min(), c.wallMs().max()), c.cpuShare() * 100,
                        c.speedup() == null ? "-" : Units.speedup(c.speedup())));
            }
            md.append(c.verdict().id()).append(" | ").append(c.reason().replace("|", "/")).append(" |\n");
        }
        s.notes().forEach(note -> md.append("\n- ").append(note));
        md.append('\n');
    }
}
