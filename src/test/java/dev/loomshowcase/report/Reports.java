package dev.loomshowcase.report;

import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenes.SceneRegistry;

import java.util.LinkedHashMap;
import java.util.Map;

/** A whole report assembled from made-up cells: one row measured per kind, one scenario unavailable. */
final class Reports {

    private Reports() {
    }

    static VerdictReport sample() {
        Map<String, ScenarioResult> results = new LinkedHashMap<>();
        results.put("fetch-all", Cells.ioBound("fetch-all"));
        results.put("mixed", Cells.of("mixed")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.5, 1600, 1610, 1620)
                .cell(ThreadModel.VIRTUAL, 1, 0.8, 1000, 1010, 1020)
                .cell(ThreadModel.VIRTUAL, 2, 0.7, 600, 610, 620)
                .cell(ThreadModel.PLATFORM_POOL, 2, 0.6, 800, 810, 820)
                .result());
        results.put("coordination", Cells.of("coordination")
                .cell(ThreadModel.SEQUENTIAL, 1, 0.95, 100, 101, 102)
                .cell(ThreadModel.VIRTUAL, 1, 0.95, 300, 310, 320)
                .failedCell(ThreadModel.VIRTUAL, 2, "child JVM timed out")
                .result());
        Map<String, String> unavailable = Map.of("calculate-all", "scenario 'calculate-all' is not in this build");
        return ReportAssembly.assemble(RunMode.QUICK.name(), SceneRegistry.matrix(), results, unavailable, 12.5);
    }
}
