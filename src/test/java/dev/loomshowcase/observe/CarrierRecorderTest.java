package dev.loomshowcase.observe;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CarrierRecorderTest {

    @Test
    void readsTheCarrierOfAMountedVirtualThread() {
        assertEquals("ForkJoinPool-1-worker-3",
                CarrierRecorder.carrierOf("VirtualThread[#22]/runnable@ForkJoinPool-1-worker-3", "x"));
    }

    @Test
    void fallsBackForPlatformAndUnmountedThreads() {
        assertEquals("main", CarrierRecorder.carrierOf("Thread[#1,main,5,main]", "main"));
        assertEquals("v", CarrierRecorder.carrierOf("VirtualThread[#22]/waiting", "v"));
    }

    @Test
    void numbersWorkersAndRejectsOthers() {
        assertEquals(12, CarrierRecorder.workerNumber("ForkJoinPool-1-worker-12"));
        assertEquals(-1, CarrierRecorder.workerNumber("main"));
        assertEquals(-1, CarrierRecorder.workerNumber(null));
    }

    @ParameterizedTest(name = "virtual thread: {0}")
    @ValueSource(booleans = {true, false})
    @org.junit.jupiter.api.Timeout(30)
    void tellsItsListenerAsEachPhaseBeginsAndEnds(boolean virtual) throws Exception {
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        PhaseListener listener = new PhaseListener() {
            @Override
            public void recording() {
                heard.add("recording");
            }

            @Override
            public void began(String task, String phase, String kind, String carrier, double startMs) {
                heard.add("began " + phase + " " + kind + (carrier == null ? " off-carrier" : " on-carrier"));
            }

            @Override
            public void ended(PhaseEvent event) {
                heard.add("ended " + event.phase() + " " + event.kind());
            }
        };
        CarrierRecorder recorder = new CarrierRecorder(listener);
        Thread thread = (virtual ? Thread.ofVirtual() : Thread.ofPlatform()).start(() -> {
            try {
                recorder.cpu("A", "A1", () -> {
                    heard.add("working A1");
                    return 1;
                });
                recorder.await("A", () -> null);
            } catch (Exception e) {
                heard.add("failed " + e);
            }
        });
        thread.join();
        assertEquals(List.of("recording", "began A1 cpu on-carrier", "working A1", "ended A1 cpu",
                "began wait wait off-carrier", "ended wait wait"), heard);
        assertEquals(2, recorder.events().size(), "the recorder keeps what it told");
    }

    @ParameterizedTest(name = "virtual thread: {0}")
    @ValueSource(booleans = {true, false})
    void recordsCpuPhasesWithTheirCarrierAndWaitsWithout(boolean virtual) throws Exception {
        CarrierRecorder recorder = new CarrierRecorder();
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread thread = (virtual ? Thread.ofVirtual() : Thread.ofPlatform().name("plain")).start(() -> {
            try {
                recorder.cpu("A", "A1", () -> 42);
                recorder.await("A", () -> {
                    Thread.sleep(5);
                    return null;
                });
                recorder.cpu("A", "A2", () -> 43);
            } catch (Exception e) {
                failure.set(e);
            }
        });
        thread.join();
        assertNull(failure.get());
        List<PhaseEvent> events = recorder.events();
        assertEquals(List.of("A1", "wait", "A2"), events.stream().map(PhaseEvent::phase).toList());
        PhaseEvent first = events.getFirst();
        assertTrue(first.isCpu());
        assertFalse(first.migrated());
        if (virtual) {
            assertTrue(CarrierRecorder.workerNumber(first.carrier()) >= 0, "carrier " + first.carrier());
        } else {
            assertEquals("plain", first.carrier());
        }
        assertNull(events.get(1).carrier());
        assertTrue(events.get(1).durationMs() >= 4, "wait lasted " + events.get(1).durationMs() + " ms");
        assertTrue(events.get(2).startMs() >= events.get(1).endMs());
    }
}
