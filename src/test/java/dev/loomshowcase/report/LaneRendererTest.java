package dev.loomshowcase.report;

import dev.loomshowcase.observe.Lane;
import dev.loomshowcase.observe.PhaseEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaneRendererTest {

    static PhaseEvent cpu(String phase, String carrier, double from, double to) {
        return new PhaseEvent(phase.substring(0, 1), phase, PhaseEvent.CPU, carrier, false, from, to);
    }

    static PhaseEvent wait(String task, double from, double to) {
        return new PhaseEvent(task, PhaseEvent.WAIT, PhaseEvent.WAIT, null, false, from, to);
    }

    static final String W1 = "ForkJoinPool-1-worker-1";
    static final String W2 = "ForkJoinPool-1-worker-2";

    /** Two carriers: A1 then C1 on one, B1 then D1 on the other, as in the seed. */
    static final List<PhaseEvent> TWO = List.of(
            cpu("A1", W2, 0, 10), cpu("B1", W1, 0, 10), wait("A", 10, 20), cpu("C1", W2, 10, 20), cpu("D1", W1, 10, 20));

    @Test
    void oneLanePerCarrierNumberedByWorker() {
        List<Lane> lanes = Lane.byCarrier(TWO);
        assertEquals(List.of("Carrier 0", "Carrier 1"), lanes.stream().map(Lane::label).toList());
        assertEquals(W1, lanes.getFirst().source());
        assertEquals(List.of("B1", "D1"), lanes.getFirst().phases().stream().map(PhaseEvent::phase).toList());
    }

    @Test
    void drawsPhasesToScaleOnTheirLanes() {
        String text = LaneRenderer.carriers(Lane.byCarrier(TWO), 20);
        List<String> lines = text.lines().toList();
        assertEquals("Carrier 0: [B1======][D1======]", lines.get(0));
        assertEquals("Carrier 1: [A1======][C1======]", lines.get(1));
        assertTrue(lines.get(2).contains("20 ms"), lines.get(2));
    }

    @Test
    void oneCarrierGivesOneInterleavedLaneWithIdleGaps() {
        List<PhaseEvent> one = List.of(cpu("A1", W1, 0, 10), cpu("B1", W1, 10, 20), cpu("A2", W1, 30, 40));
        List<Lane> lanes = Lane.byCarrier(one);
        assertEquals(1, lanes.size());
        assertEquals("Carrier 0: [A1][B1]----[A2]", LaneRenderer.carriers(lanes, 16).lines().findFirst().orElseThrow());
        assertEquals(1, Lane.maxParallelCpu(one));
        assertEquals(2, Lane.maxParallelCpu(TWO));
    }

    @Test
    void taskLanesShowWaitsAndReadyTime() {
        List<PhaseEvent> events = List.of(cpu("A1", W1, 0, 10), wait("A", 10, 20), cpu("A2", W1, 30, 40));
        String lane = LaneRenderer.tasks(Lane.byTask(events), 8).lines().findFirst().orElseThrow();
        assertEquals("task A: A1~~..A2", lane);
    }

    @Test
    void aPlatformThreadGetsALaneNamedAfterItself() {
        List<Lane> lanes = Lane.byCarrier(List.of(cpu("A1", "main", 0, 1)));
        assertEquals("Thread main", lanes.getFirst().label());
    }

    @Test
    void svgHasARectanglePerPhaseAndEscapesText() {
        String svg = LaneSvg.render(List.of(new LaneSvg.Block("virtual@2 <2 carriers>", Lane.byCarrier(TWO))));
        assertEquals(4, svg.split("<rect x=", -1).length - 1);
        assertTrue(svg.contains("&lt;2 carriers&gt;"));
        assertTrue(svg.startsWith("<svg"));
    }
}
