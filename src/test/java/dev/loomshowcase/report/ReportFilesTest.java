package dev.loomshowcase.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run with a failed cell writes its report beside the last good one, never over it. */
class ReportFilesTest {

    @Test
    void aFailedRunWritesReportFailedAndKeepsTheGoodReport(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("report.json"), "{\"good\": true}");
        VerdictReport failed = Reports.sample();
        assertTrue(failed.anyFailed(), "the sample report has a failed cell");
        var written = ReportFiles.write(failed, dir);
        assertEquals(dir.resolve("report.failed.json"), written.getFirst());
        assertEquals("{\"good\": true}", Files.readString(dir.resolve("report.json")));
        assertTrue(Files.size(dir.resolve("report.failed.html")) > 0);
    }
}
