package dev.loomshowcase.engine;

/**
 * What a cell's numbers say about its thread model, against the sequential baseline; or, for a cell
 * that checks a guarantee rather than a speed, whether the guarantee held.
 */
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
    /** A guarantee (e.g. of structured concurrency) held in every run: a result of its own kind, not a speedup. */
    HELD("held"),
    /** A guarantee was broken in at least one run. */
    BROKEN("broken"),
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
