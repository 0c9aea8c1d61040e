package dev.loomshowcase.workload;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.LiveLine;
import dev.loomshowcase.observe.CarrierRecorder;
import dev.loomshowcase.observe.PhaseEvent;
import dev.loomshowcase.observe.PhaseListener;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints each phase of a carrier recording as a {@link LiveLine} the moment it begins and ends, so the
 * dashboard draws a task on its carrier's lane while it runs there (and a waiting task off any carrier).
 * Used only by cells that ask for live events; other cells record silently.
 */
public final class LivePhases implements PhaseListener {

    private LivePhases() {
    }

    /** The listener a cell's recorder should use: this one when the cell asks for live events, else none. */
    public static PhaseListener forCell(CellSpec spec) {
        return LiveLine.requested(spec) ? new LivePhases() : PhaseListener.NONE;
    }

    @Override
    public void recording() {
        LiveLine.emit(Map.of("type", "recording"));
    }

    @Override
    public void began(String task, String phase, String kind, String carrier, double startMs) {
        Map<String, Object> event = base("began", task, phase, kind, carrier);
        event.put("startMs", round(startMs));
        LiveLine.emit(event);
    }

    @Override
    public void ended(PhaseEvent phase) {
        Map<String, Object> event = base("ended", phase.task(), phase.phase(), phase.kind(), phase.carrier());
        event.put("startMs", round(phase.startMs()));
        event.put("endMs", round(phase.endMs()));
        LiveLine.emit(event);
    }

    private static Map<String, Object> base(String state, String task, String phase, String kind, String carrier) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", "phase");
        event.put("state", state);
        event.put("task", task);
        event.put("phase", phase);
        event.put("kind", kind);
        if (carrier != null) {
            event.put("carrier", carrier);
            event.put("lane", CarrierRecorder.workerNumber(carrier));
        }
        return event;
    }

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }
}
