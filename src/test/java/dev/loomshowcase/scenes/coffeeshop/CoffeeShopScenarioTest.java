package dev.loomshowcase.scenes.coffeeshop;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.scenario.Cells;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.ScenarioRunner;
import dev.loomshowcase.scenes.timeline.TimelineScenario;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import dev.loomshowcase.engine.CellRunner;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.observe.PhaseEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coffee shop end to end against the WireMock machines, in quick mode. */
@Tag("slow")
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CoffeeShopScenarioTest {

    private static ScenarioResult result;

    @BeforeAll
    static void runQuick() throws Exception {
        var options = new RunOptions(RunMode.QUICK, List.of(1), null, Map.of());
        result = new ScenarioRunner(CellRunner.Progress.silent()).run(new CoffeeShopScenario(), options);
    }

    private static List<PhaseEvent> events(String model, int carriers) {
        var cell = Cells.measured(result.cells(), ThreadModel.of(model), carriers).orElseThrow(() -> new AssertionError("no " + model + "@" + carriers));
        return TimelineScenario.events(cell);
    }

    @Test
    void oneBaristaOnOneCarrierTakesAnOrderWhileAMachineRuns() {
        assertFalse(result.anyFailed(), () -> "failed: " + result.cells());
        var overlap = CoffeeShopPicture.takenWhileMachineRan(events("virtual", 1));
        assertTrue(overlap.isPresent(), () -> CoffeeShopPicture.render(events("virtual", 1)));
        assertTrue(CoffeeShopPicture.baristas(events("virtual", 1)).size() == 1, "one carrier, one barista");
    }

    @Test
    void aWaitingBaristaNeverJugglesAndThreeBaristasAreThree() {
        assertFalse(CoffeeShopPicture.takenWhileMachineRan(events("sequential", 1)).isPresent());
        assertTrue(CoffeeShopPicture.baristas(events("platform-pool", 3)).size() == 3);
    }

    @Test
    void oneConcurrentBaristaBeatsTheWaitingOneByAWideMargin() {
        double waiting = Cells.measured(result.cells(), ThreadModel.SEQUENTIAL, 1).orElseThrow().wallMs().median();
        double one = Cells.measured(result.cells(), ThreadModel.VIRTUAL, 1).orElseThrow().wallMs().median();
        // machines take 400+500+600 ms in quick mode: waiting sums them, juggling overlaps them
        assertTrue(waiting / one > 1.5, "waiting " + waiting + " ms vs one concurrent barista " + one + " ms");
        assertTrue(new CoffeeShopScenario().picture(result).contains("=> concurrency: Barista A took order"));
    }
}
