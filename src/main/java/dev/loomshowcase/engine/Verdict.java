package dev.loomshowcase.engine;

/** What a cell's numbers say about its thread model, against the sequential baseline. */
public enum Verdict {
    /** The baseline itself. */
    BASELINE("baseline"),
    /** Faster than the baseline beyond the noise. */
    HELPS("helps"),
    /** Within the no-effect band of the baseline. */
    NO_EFFECT("no-effect"),
    /** Slower than the baseline beyond the noise. */
    HURTS("hurts"),
    /** The median moved, but the spreads overlap: too noisy to conclude. */
    INCONCLUSIVE("inconclusive"),
    /** The cell did not produce numbers. */
    FAILED("failed");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
        return id;
    }
}
