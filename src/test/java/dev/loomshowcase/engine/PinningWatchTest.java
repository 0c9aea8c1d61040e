package dev.loomshowcase.engine;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cell asked to watch for pinning ({@code --jfr}) reports its pinned events in its extras. */
@Tag("slow")
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class PinningWatchTest {

    private static CellSpec pitfall(String caseName, boolean jfr) {
        var params = new java.util.HashMap<>(Map.of("case", caseName, "variant", "case", "tasks", "4", "callMs", "20"));
        if (jfr) {
            params.put("jfr", "true");
        }
        return new CellSpec("pitfall", ThreadModel.VIRTUAL, 2, 1, 1, params);
    }

    @Test
    void watchedCellReportsPinnedEventsOfTheMeasuredRuns() throws Exception {
        ChildReport report = CellMain.measure(pitfall("class-init", true));
        assertTrue(((Number) report.extras().get("pinnedEvents")).intValue() >= 4, report.extras().toString());
        assertTrue(report.extras().containsKey("pinned"), report.extras().toString());
    }

    @Test
    void watchedCellWithoutPinningReportsZero() throws Exception {
        ChildReport report = CellMain.measure(pitfall("synchronized", true));
        assertEquals(0, report.extras().get("pinnedEvents"), report.extras().toString());
    }

    @Test
    void unwatchedCellSaysNothingAboutPinning() throws Exception {
        ChildReport report = CellMain.measure(pitfall("synchronized", false));
        assertFalse(report.extras().containsKey("pinnedEvents"), report.extras().toString());
    }
}
