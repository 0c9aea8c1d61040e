package dev.loomshowcase.scenes.coffeeshop;

import dev.loomshowcase.observe.PhaseEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoffeeShopPictureTest {

    static PhaseEvent take(int order, String barista, double from, double to) {
        return new PhaseEvent(Integer.toString(order), "take", PhaseEvent.CPU, barista, false, from, to);
    }

    static PhaseEvent machine(int order, double from, double to) {
        return new PhaseEvent(Integer.toString(order), PhaseEvent.WAIT, PhaseEvent.WAIT, null, false, from, to);
    }

    static PhaseEvent finish(int order, String barista, double from, double to) {
        return new PhaseEvent(Integer.toString(order), "finish", PhaseEvent.CPU, barista, false, from, to);
    }

    @Test
    void oneBaristaTakingOrderTwoWhileTheEspressoRunsIsFound() {
        List<PhaseEvent> events = List.of(take(1, "w1", 0, 10), machine(1, 10, 400), take(2, "w1", 10, 20),
                machine(2, 20, 500), finish(1, "w1", 400, 410), finish(2, "w1", 500, 510));
        var overlap = CoffeeShopPicture.takenWhileMachineRan(events).orElseThrow();
        assertEquals("A", overlap.barista());
        assertEquals(2, overlap.taken());
        assertEquals(1, overlap.running());
        String log = CoffeeShopPicture.render(events);
        assertTrue(log.contains("Barista A takes order 2 (drip)"), log);
        assertTrue(log.indexOf("takes order 2") < log.indexOf("espresso machine beeps"), log);
    }

    @Test
    void aBaristaWhoWaitsByTheMachineShowsNoOverlap() {
        List<PhaseEvent> events = List.of(take(1, "main", 0, 10), machine(1, 10, 400), finish(1, "main", 400, 410),
                take(2, "main", 410, 420), machine(2, 420, 900), finish(2, "main", 900, 910));
        assertFalse(CoffeeShopPicture.takenWhileMachineRan(events).isPresent());
    }

    @Test
    void threeBaristasEachWithTheirOwnMachineShowNoOneBaristaJuggling() {
        List<PhaseEvent> events = List.of(take(1, "t1", 0, 10), take(2, "t2", 0, 10), machine(1, 10, 400),
                machine(2, 10, 500), finish(1, "t1", 400, 410), finish(2, "t2", 500, 510));
        assertFalse(CoffeeShopPicture.takenWhileMachineRan(events).isPresent());
        assertEquals(2, CoffeeShopPicture.baristas(events).size());
    }
}
