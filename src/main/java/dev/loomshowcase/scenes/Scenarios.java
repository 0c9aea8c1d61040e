package dev.loomshowcase.scenes;

import dev.loomshowcase.scenario.MatrixRow;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenes.calculateall.CalculateAllScenario;
import dev.loomshowcase.scenes.coordination.CoordinationScenario;
import dev.loomshowcase.scenes.fetchall.FetchAllScenario;
import dev.loomshowcase.scenes.mixed.MixedScenario;
import dev.loomshowcase.scenes.pool.PoolScenario;
import dev.loomshowcase.scenes.server.ServerScenario;
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
                new ServerScenario(),
                new PoolScenario());
    }

    /** The rows of the seed's decision matrix, as the catalog's scenarios declare them, in the catalog's order. */
    public static List<MatrixRow> matrix() {
        return all().stream().flatMap(s -> s.matrixRow().stream()).toList();
    }
}
