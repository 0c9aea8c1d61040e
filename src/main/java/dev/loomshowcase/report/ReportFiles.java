package dev.loomshowcase.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the report directory: {@code report.json}, {@code report.md} and {@code report.html}. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Writes the three files into {@code dir}, creating it, and returns their paths. */
    public static List<Path> write(VerdictReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path json = dir.resolve("report.json");
        Path md = dir.resolve("report.md");
        Path html = dir.resolve("report.html");
        JsonReport.write(report, json);
        Files.writeString(md, MarkdownReport.render(report), StandardCharsets.UTF_8);
        Files.writeString(html, HtmlReport.render(report), StandardCharsets.UTF_8);
        return List.of(json, md, html);
    }
}
