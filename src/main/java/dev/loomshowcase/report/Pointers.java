package dev.loomshowcase.report;

import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.ScenarioResult;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each measured cell sits in {@code report.json}: {@code /scenarios/i/cells/j}, in the order the
 * report writes the scenarios (the results' order). Claims point at a cell's numbers through it.
 */
final class Pointers {

    private final Map<CellResult, String> cells = new IdentityHashMap<>();

    Pointers(Map<String, ScenarioResult> results) {
        int i = 0;
        for (ScenarioResult result : results.values()) {
            List<CellResult> list = result.cells();
            for (int j = 0; j < list.size(); j++) {
                cells.put(list.get(j), "/scenarios/" + i + "/cells/" + j);
            }
            i++;
        }
    }

    /** The cell's pointer, when it is one of the report's cells. */
    Optional<String> of(CellResult cell) {
        return Optional.ofNullable(cells.get(cell));
    }

    /** An RFC 6901 pointer's token: {@code ~} and {@code /} escaped. */
    static String token(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
