package dev.loomshowcase.scenes.structured;

/**
 * One guarantee of {@link java.util.concurrent.StructuredTaskScope}, demonstrated by a run that
 * checks it rather than assumes it.
 */
public interface StructuredCase {

    /** The case's name in {@code case} of the JSON, e.g. {@code fail-fast}. */
    String name();

    /** Runs the case once and reports what was observed. */
    CaseOutcome run() throws Exception;
}
