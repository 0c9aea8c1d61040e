package dev.loomshowcase.dashboard;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page sees the whole run, once, even when it connects late or reconnects. */
@org.junit.jupiter.api.Timeout(30)
class EventHubTest {

    @Test
    void aLatePageGetsTheRunSoFarThenWhatFollows() throws Exception {
        EventHub hub = new EventHub();
        hub.publish("old", Map.of("n", 0));
        hub.publish(EventHub.RUN_START, Map.of("scenario", "timeline"));
        hub.publish("cell", Map.of("verdict", "helps"));
        EventHub.Listener late = hub.subscribe();
        hub.publish("run-end", Map.of("status", "done"));
        assertEquals(List.of(EventHub.RUN_START, "cell", "run-end"), names(late), "a new run-start forgets the run before it");
    }

    @Test
    void aReconnectingPageGetsOnlyWhatItMissed() throws Exception {
        EventHub hub = new EventHub();
        hub.publish(EventHub.RUN_START, Map.of());
        hub.publish("cell", Map.of("i", 1));
        long seen = hub.subscribe().next(100).id() + 1;
        hub.publish("cell", Map.of("i", 2));
        EventHub.Listener again = hub.subscribe(seen);
        DashboardEvent missed = again.next(100);
        assertEquals("{\"i\":2}", missed.json());
        assertNull(again.next(10), "nothing twice");
    }

    @Test
    void closingEndsEveryStream() throws Exception {
        EventHub hub = new EventHub();
        EventHub.Listener listener = hub.subscribe();
        assertEquals(1, hub.listeners());
        hub.close();
        assertTrue(listener.dropped());
        assertEquals(0, hub.listeners());
        assertTrue(hub.subscribe().dropped(), "a page connecting to a closed hub ends at once");
    }

    private static List<String> names(EventHub.Listener listener) throws InterruptedException {
        List<String> names = new ArrayList<>();
        for (DashboardEvent e = listener.next(50); e != null; e = listener.next(50)) {
            names.add(e.name());
        }
        return names;
    }
}
