package dev.loomshowcase.scenario;

import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.ThreadModel;

import java.util.List;
import java.util.Optional;

/** The one way scenarios find a measured cell by model and carriers (for notes, judgements and pictures). */
public final class Cells {

    private Cells() {
    }

    /** The cell of this model and carrier count, if it was measured (failed cells are skipped). */
    public static Optional<CellResult> measured(List<CellResult> cells, ThreadModel model, int carriers) {
        return cells.stream()
                .filter(c -> c.model() == model && c.carriers() == carriers && c.wallMs() != null)
                .findFirst();
    }

    /** The first measured cell of this model, whatever its carriers. */
    public static Optional<CellResult> measured(List<CellResult> cells, ThreadModel model) {
        return cells.stream().filter(c -> c.model() == model && c.wallMs() != null).findFirst();
    }
}
