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
        assertTrue(note.contains("a tie, both overlapped the waits (CPU 5% and 5%)"), note);
    }

    @Test
    void aTieWhileComputingDoesNotClaimOverlappedWaits() {
        var cells = Cells.of("fetch-all")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.9, 3000, 3010, 3020)
                .cell(ThreadModel.VIRTUAL, 1, 0.9, 1000, 1010, 1020)
                .cell(ThreadModel.ASYNC, 1, 0.9, 990, 1000, 1010)
                .result().cells();
        String note = RivalNotes.asyncBesideVirtual(cells).orElseThrow();
        assertTrue(note.contains("a tie, but not mostly waiting"), note);
        assertTrue(!note.contains("overlapped"), note);
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

    @Test
    void theTieEndsAtTheEnginesFasterBandEitherWay() {
        assertTrue(noteWithAsyncAt(1080).contains("a tie"), "1.08x apart");
        assertTrue(noteWithAsyncAt(1120).contains("not a tie"), "1.12x apart");
        assertTrue(noteWithAsyncAt(926).contains("a tie"), "1.08x apart, async ahead");
        assertTrue(noteWithAsyncAt(893).contains("not a tie"), "1.12x apart, async ahead");
    }

    /** The note with virtual@1 at 1000 ms and async@1 at {@code asyncMs}, both over a 3000 ms baseline. */
    private static String noteWithAsyncAt(double asyncMs) {
        var cells = Cells.of("fetch-all")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.02, 3000, 3000, 3000)
                .cell(ThreadModel.VIRTUAL, 1, 0.05, 1000, 1000, 1000)
                .cell(ThreadModel.ASYNC, 1, 0.05, asyncMs, asyncMs, asyncMs)
                .result().cells();
        return RivalNotes.asyncBesideVirtual(cells).orElseThrow();
    }
}
