package dev.loomshowcase.scenes.fetchall;

import dev.loomshowcase.scenes.payments.PaymentsNotes;
import dev.loomshowcase.scenes.traps.TrapsScenario;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.Verdict;

import org.junit.jupiter.api.Test;
import java.util.Map;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each clause that names a cause is printed only when its numbers show it: the same cells, numbers flipped. */
class FetchAllSentencesTest {
    @Test
    void fetchAllSaysTheWaitsOverlappedOnlyWhenOneCarrierTookAboutOneCall() {
        String overlapped = FetchAllScenario.overlapNote(200, 215);
        String serial = FetchAllScenario.overlapNote(200, 600);
        assertTrue(overlapped.contains("overlapped into one") && overlapped.contains("1.08 calls' worth"), overlapped);
        assertTrue(serial.contains("did NOT overlap") && serial.contains("3.00 calls' worth"), serial);
    
    }
}
