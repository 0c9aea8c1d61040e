package dev.loomshowcase.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifyCommandTest {

    private static final String REPORT = """
            {"scenarios": [{"cells": [{"speedup": 2.9, "cpuShare": 0.05, "wallMs": {"min": 1000, "max": 1010}},
                                      {"wallMs": {"min": 3000, "max": 3010}}]}],
             "saidPlainly": [{"text": "waits overlap (CPU 5%)", "evidence": [
                 {"name": "CPU share", "at": "/scenarios/0/cells/0/cpuShare", "op": "<", "bound": 0.5, "value": 0.05},
                 {"name": "lowest speedup", "ratio": ["/scenarios/0/cells/1/wallMs/min", "/scenarios/0/cells/0/wallMs/max"],
                  "op": ">", "bound": 1, "value": 2.97}]}]}
            """;

    @Test
    void aReportWhoseClaimsHoldPassesWithTheirCount(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("report.json"), REPORT);
        StringWriter out = new StringWriter();
        int code = run(out, report.toString());
        assertEquals(0, code, out.toString());
        assertEquals("1 claims, all hold", out.toString().strip());
    }

    @Test
    void aBrokenNumberFailsAndNamesTheClaimWithItsNumbers(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("report.json"), REPORT.replace("\"cpuShare\": 0.05", "\"cpuShare\": 0.9"));
        StringWriter out = new StringWriter();
        int code = run(out, report.toString());
        assertEquals(1, code, out.toString());
        assertTrue(out.toString().contains("'waits overlap (CPU 5%)'") && out.toString().contains("0.9")
                && out.toString().contains("< 0.5"), out.toString());
    }

    @Test
    void aMissingFileIsAUsageError(@TempDir Path dir) {
        assertEquals(2, run(new StringWriter(), dir.resolve("none.json").toString()));
    }

    private static int run(StringWriter out, String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(new StringWriter()));
        String[] all = new String[args.length + 1];
        all[0] = "verify";
        System.arraycopy(args, 0, all, 1, args.length);
        return cmd.execute(all);
    }
}
