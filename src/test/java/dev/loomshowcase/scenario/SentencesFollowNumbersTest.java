package dev.loomshowcase.scenario;

import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.Verdict;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each clause that names a cause is printed only when its numbers show it: the same cells, numbers flipped. */
class SentencesFollowNumbersTest {

    @Test
    void fetchAllSaysTheWaitsOverlappedOnlyWhenOneCarrierTookAboutOneCall() {
        String overlapped = FetchAllScenario.overlapNote(200, 215);
        String serial = FetchAllScenario.overlapNote(200, 600);
        assertTrue(overlapped.contains("overlapped into one") && overlapped.contains("1.08 calls' worth"), overlapped);
        assertTrue(serial.contains("did NOT overlap") && serial.contains("3.00 calls' worth"), serial);
    }

    @Test
    void paymentsReproducesTheSeedsThreeTimesOnlyWhenTheRangesSayIt() {
        CellResult bounded = cell("platform-pool", 100, 0.02, Map.of("throughput", 10_000L));
        CellResult unbounded = cell("platform-per-task", 300, 0.02, Map.of("throughput", 3_300L));
        CellResult wild = cell("platform-per-task", 300, 0.9, Map.of("throughput", 3_300L));
        assertTrue(PaymentsNotes.bounding("platform threads", bounded, unbounded).contains("reproduces here"));
        String noisy = PaymentsNotes.bounding("platform threads", bounded, wild);
        assertTrue(noisy.contains("overlap too much to say"), noisy);
        assertFalse(noisy.contains("reproduces here"), noisy);
    }

    @Test
    void trapsCpuTasksCannotBeatTheCoresTheyRanOn() {
        var hundred = new dev.loomshowcase.engine.CellSpec("cpu-tasks", dev.loomshowcase.engine.ThreadModel.VIRTUAL, 100,
                0, 1, Map.of("experiment", TrapsScenario.CPU)).withCores(2);
        var tiny = new dev.loomshowcase.engine.CellSpec("tiny-tasks", dev.loomshowcase.engine.ThreadModel.VIRTUAL, 1,
                0, 1, Map.of("experiment", TrapsScenario.TINY));
        assertTrue(TrapsScenario.ceiling(hundred).orElseThrow().speedup() == 2.0);
        assertTrue(TrapsScenario.ceiling(tiny).isEmpty());
    }

    /** A cell whose wall ranges {@code ±spread} around {@code wallMs}. */
    private static CellResult cell(String model, double wallMs, double spread, Map<String, Object> extras) {
        Stats wall = Stats.of(wallMs * (1 - spread), wallMs, wallMs * (1 + spread));
        return new CellResult(model, 2, wall, wall, 1.0, null, Verdict.INCONCLUSIVE, "test", null, extras);
    }
}
