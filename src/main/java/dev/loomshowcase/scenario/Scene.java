package dev.loomshowcase.scenario;

import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.engine.ScenarioResult;

import com.fasterxml.jackson.core.type.TypeReference;

import java.util.List;
import java.util.Optional;

/**
 * A scenario made for the stage: besides the common table it draws a picture (lanes, an event
 * log, verdicts) from what its cells recorded in that run.
 */
public interface Scene extends Scenario {

    /** The picture a room can read, drawn from the measured result. */
    String picture(ScenarioResult result);

    /** A cell by model and carrier count, when it was measured. */
    static Optional<CellResult> cell(List<CellResult> cells, String model, int carriers) {
        return cells.stream().filter(c -> c.model().equals(model) && c.carriers() == carriers && c.wallMs() != null)
                .findFirst();
    }

    /** A cell's extra, read back from JSON into its type. */
    static <T> T extra(CellResult cell, String name, TypeReference<T> type) {
        Object raw = cell.extras().get(name);
        if (raw == null) {
            throw new IllegalStateException("cell " + cell.label() + " reported no '" + name + "'");
        }
        return Json.mapper().convertValue(raw, type);
    }
}
