package dev.loomshowcase.observe;

/**
 * Told by a {@link CarrierRecorder} as phases begin and end, so a live view can draw a carrier's lane
 * while the task still runs on it. Called on the task's own thread: keep it short.
 */
public interface PhaseListener {

    /** A listener that does nothing: the recorder's default. */
    PhaseListener NONE = new PhaseListener() { };

    /** A new recording began; its times count from 0. */
    default void recording() {
    }

    /**
     * A phase began.
     *
     * @param carrier the carrier it began on, or null for a wait (a wait holds no carrier)
     */
    default void began(String task, String phase, String kind, String carrier, double startMs) {
    }

    /** A phase ended, with everything the recorder keeps of it. */
    default void ended(PhaseEvent event) {
    }
}
