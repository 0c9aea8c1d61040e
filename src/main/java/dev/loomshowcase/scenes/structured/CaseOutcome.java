package dev.loomshowcase.scenes.structured;

import java.util.Map;

/**
 * What one run of a structured-concurrency case observed: whether the guarantee it demonstrates
 * held, one line saying so with the numbers, and the measurements behind it.
 *
 * @param held    true when everything the case promises was observed
 * @param summary one line grounded in the measurements
 * @param details the measurements (times, subtask states, what each sibling saw), as JSON-ready values
 */
public record CaseOutcome(boolean held, String summary, Map<String, Object> details) {

    public CaseOutcome {
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }
}
