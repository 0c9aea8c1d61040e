package dev.loomshowcase.observe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.type.TypeReference;

import java.util.List;

/**
 * One recorded phase of a task: a CPU phase that held a carrier, or a wait that held none.
 *
 * @param task      the task's name, e.g. {@code A}
 * @param phase     the phase's label, e.g. {@code A1}, or {@code wait}
 * @param kind      {@code cpu} or {@code wait}
 * @param carrier   the carrier thread's name while a CPU phase ran (for a platform thread, its own name);
 *                  {@code null} for a wait
 * @param migrated  true when a CPU phase ended on another carrier than it began on (it never should:
 *                  virtual threads are not preempted)
 * @param startMs   start, ms since the recorder's origin
 * @param endMs     end, ms since the recorder's origin
 */
public record PhaseEvent(String task, String phase, String kind, String carrier, boolean migrated,
                         double startMs, double endMs) {

    public static final String CPU = "cpu";
    public static final String WAIT = "wait";
    /** The name of the cell extra under which a recording workload reports its events. */
    public static final String EXTRA = "events";
    /** The type of that extra, to read it back from JSON. */
    public static final TypeReference<List<PhaseEvent>> LIST = new TypeReference<>() { };

    @JsonIgnore
    public boolean isCpu() {
        return CPU.equals(kind);
    }

    @JsonIgnore
    public double durationMs() {
        return endMs - startMs;
    }
}
