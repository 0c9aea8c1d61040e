package dev.loomshowcase.cli;

import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressLineTest {

    @Test
    void acrossScenariosCountsCellsOfTheWholeRun() {
        StringWriter text = new StringWriter();
        ProgressLine progress = new ProgressLine(new PrintWriter(text), false);
        progress.spanning(5);
        CellSpec first = new CellSpec("fetch-all", ThreadModel.SEQUENTIAL, 1, 0, 1, Map.of());
        CellSpec second = new CellSpec("coordination", ThreadModel.VIRTUAL, 2, 0, 1, Map.of());
        progress.started(first, 0, 2);
        progress.finished(CellOutcome.failed(first, "boom"), 0, 2);
        progress.started(second, 0, 3);
        List<String> lines = text.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("[1/5] fetch-all sequential@1: measuring (4 left"), lines.get(0));
        assertEquals("cell sequential@1 failed: boom", lines.get(1));
        assertTrue(lines.get(2).startsWith("[2/5] coordination virtual@2: measuring (3 left"), lines.get(2));
    }

    @Test
    void acrossScenariosEveryForkMovesTheCount() {
        StringWriter text = new StringWriter();
        ProgressLine progress = new ProgressLine(new PrintWriter(text), false);
        progress.spanning(6);
        CellSpec cell = new CellSpec("calculate-all", ThreadModel.VIRTUAL, 2, 0, 1, Map.of());
        for (int fork = 0; fork < 3; fork++) {
            progress.started(cell, fork, 3);
        }
        List<String> lines = text.toString().lines().toList();
        assertEquals(List.of("[1/6]", "[2/6]", "[3/6]"), lines.stream().map(l -> l.substring(0, 5)).toList(),
                "three forks of one cell are three steps, not [1/6] three times: " + lines);
    }
}
