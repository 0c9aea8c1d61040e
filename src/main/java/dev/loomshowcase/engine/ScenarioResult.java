package dev.loomshowcase.engine;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one scenario run produced: the JSON document of {@code --json}, and what the table shows.
 *
 * @param scenario    the scenario's name
 * @param title       one line saying what it measures
 * @param hypothesis  what the seed predicts and what to expect here
 * @param mode        quick, default or thorough
 * @param environment where it was measured
 * @param cells       every cell, failed ones included
 * @param notes       observations computed from the cells (e.g. noise warnings)
 * @param findings    the scenario's own findings beside its cells, written as top-level JSON fields
 *                    (e.g. the server's {@code sweep} and {@code knees}); empty for most scenarios
 */
@JsonPropertyOrder({"scenario", "title", "hypothesis", "mode", "environment", "cells", "notes"})
public record ScenarioResult(String scenario, String title, String hypothesis, String mode,
                             Environment environment, List<CellResult> cells, List<String> notes,
                             @JsonIgnore Map<String, Object> findings) {

    public ScenarioResult {
        findings = findings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(findings));
    }

    /** A result with no findings beside its cells. */
    public ScenarioResult(String scenario, String title, String hypothesis, String mode, Environment environment,
                          List<CellResult> cells, List<String> notes) {
        this(scenario, title, hypothesis, mode, environment, cells, notes, Map.of());
    }

    @JsonAnyGetter
    public Map<String, Object> findingFields() {
        return findings;
    }

    /** True when any cell failed to produce numbers. */
    public boolean anyFailed() {
        return cells.stream().anyMatch(c -> c.verdict() == Verdict.FAILED);
    }
}
