package dev.loomshowcase.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scenario found beside its table of cells, from cells of another kind (the server's open-model
 * sweep): fields for its JSON document and notes printed under the table.
 *
 * @param json  top-level fields of the scenario's JSON (e.g. {@code sweep}, {@code knees})
 * @param notes lines for the notes
 */
public record ScenarioFindings(Map<String, Object> json, List<String> notes) {

    public static final ScenarioFindings NONE = new ScenarioFindings(Map.of(), List.of());

    public ScenarioFindings {
        json = Collections.unmodifiableMap(new LinkedHashMap<>(json));
        notes = List.copyOf(notes);
    }
}
