package dev.loomshowcase.report;

import dev.loomshowcase.engine.ThreadModel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The async note says "a tie" only when the measured speedups tie; flipped numbers give the other sentence. */
class RivalNotesTest {

    @Test
    void asyncAndVirtualThreadsTieWhileWaiting() {
        var cells = Cells.of("fetch-all")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.02, 3000, 3010, 3020)
                .cell(ThreadModel.VIRTUAL, 1, 0.05, 1000, 1010, 1020)
                .cell(ThreadModel.ASYNC, 1, 0.05, 990, 1000, 1010)
                .result().cells();
        String note = RivalNotes.asyncBesideVirtual(cells).orElseThrow();
        assertTrue(note.contains("a tie"), note);
    }

    @Test
    void aGapIsNotCalledATie() {
        var cells = Cells.of("fetch-all")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.02, 3000, 3010, 3020)
                .cell(ThreadModel.VIRTUAL, 1, 0.05, 1000, 1010, 1020)
                .cell(ThreadModel.ASYNC, 1, 0.05, 2000, 2010, 2020)
                .result().cells();
        String note = RivalNotes.asyncBesideVirtual(cells).orElseThrow();
        assertTrue(note.contains("not a tie"), note);
    }
}
