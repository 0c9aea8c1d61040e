package dev.loomshowcase.scenes.payments;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.scenes.fetchall.FetchAllScenario;
import dev.loomshowcase.scenes.traps.TrapsScenario;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.Verdict;

import org.junit.jupiter.api.Test;
import java.util.Map;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each clause that names a cause is printed only when its numbers show it: the same cells, numbers flipped. */
class PaymentsSentencesTest {
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

    /** A cell whose wall ranges {@code ±spread} around {@code wallMs}. */
    private static CellResult cell(String model, double wallMs, double spread, Map<String, Object> extras) {
        Stats wall = Stats.of(wallMs * (1 - spread), wallMs, wallMs * (1 + spread));
        return new CellResult(ThreadModel.of(model), 2, wall, wall, 1.0, null, Verdict.INCONCLUSIVE, "test", null, extras);
    }
}
