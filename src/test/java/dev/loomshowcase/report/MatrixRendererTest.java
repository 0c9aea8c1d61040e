package dev.loomshowcase.report;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixRendererTest {

    @Test
    void fitsEightyColumnsAndNamesEveryRow() {
        String text = MatrixRenderer.render(Reports.sample(), StandardCharsets.UTF_8);
        text.lines().forEach(line -> assertTrue(line.length() <= 80, "too wide (" + line.length() + "): " + line));
        for (String row : new String[] {"I/O-bound", "CPU-bound", "Mixed I/O+CPU", "Coordination"}) {
            assertTrue(text.contains(row), "missing row " + row);
        }
        assertTrue(text.contains("FAILED"), "the unavailable row shows as failed");
        assertTrue(text.contains("✔ 2.98x"), "io-bound: 3010 ms / 1010 ms\n" + text);
    }

    @Test
    void fallsBackToAsciiMarksWhenTheTerminalCannotPrintThem() {
        String text = MatrixRenderer.render(Reports.sample(), StandardCharsets.US_ASCII);
        assertFalse(text.contains("✔") || text.contains("✘"), text);
        assertTrue(text.contains("+ 2.98x"), text);
    }
}
