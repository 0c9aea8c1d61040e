package dev.loomshowcase.engine;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

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
 */
@JsonPropertyOrder({"scenario", "title", "hypothesis", "mode", "environment", "cells", "notes"})
public record ScenarioResult(String scenario, String title, String hypothesis, String mode,
                             Environment environment, List<CellResult> cells, List<String> notes) {

    /** True when any cell failed to produce numbers. */
    public boolean anyFailed() {
        return cells.stream().anyMatch(c -> c.verdict() == Verdict.FAILED);
    }
}
