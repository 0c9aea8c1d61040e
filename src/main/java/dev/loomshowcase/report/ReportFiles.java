package dev.loomshowcase.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the report directory: {@code report.json}, {@code report.md} and {@code report.html}; a run with a
 * failed cell writes {@code report.failed.*} beside them instead, so it never overwrites the last good report.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Writes the three files into {@code dir}, creating it, and returns their paths. */
    public static List<Path> write(VerdictReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        String name = report.anyFailed() ? "report.failed" : "report"; // a failed run never overwrites a good report
        Path json = dir.resolve(name + ".json");
        Path md = dir.resolve(name + ".md");
        Path html = dir.resolve(name + ".html");
        JsonReport.write(report, json);
        Files.writeString(md, MarkdownReport.render(report), StandardCharsets.UTF_8);
        Files.writeString(html, HtmlReport.render(report), StandardCharsets.UTF_8);
        return List.of(json, md, html);
    }
}
