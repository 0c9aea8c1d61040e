package dev.loomshowcase.scenario;

import java.util.List;

/**
 * The catalog of scenarios the main job runs, in the order of the seed's decision matrix. A scenario
 * joins the report by being listed here; which matrix row it fills, and what the seed predicts there,
 * the scenario itself declares ({@link Scenario#matrixRow()}).
 */
public final class Scenarios {

    private Scenarios() {
    }

    /** Fresh instances of every scenario of the report. */
    public static List<Scenario> all() {
        return List.of(
                new FetchAllScenario(),
                new CalculateAllScenario(),
                new MixedScenario(),
                new CoordinationScenario(),
                new ServerScenario());
    }

    /** The rows of the seed's decision matrix, as the catalog's scenarios declare them, in the catalog's order. */
    public static List<MatrixRow> matrix() {
        return all().stream().flatMap(s -> s.matrixRow().stream()).toList();
    }
}
