package dev.loomshowcase.scenario;

import java.util.List;

/**
 * The catalog of scenarios the main job runs, in the order of the seed's decision matrix. A scenario
 * joins the report by being listed here; which matrix row it fills is said by {@code report.MatrixRow}.
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
}
