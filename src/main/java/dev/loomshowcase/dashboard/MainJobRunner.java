package dev.loomshowcase.dashboard;

import dev.loomshowcase.engine.CellRunner;
import dev.loomshowcase.report.VerdictReport;
import dev.loomshowcase.scenario.RunOptions;

import java.util.function.IntConsumer;

/**
 * How the dashboard runs the main job: given by the command that starts the dashboard, which owns
 * the main job, so the dashboard only listens to it (through {@code progress}) and shows its report.
 */
@FunctionalInterface
public interface MainJobRunner {

    /**
     * Runs every scenario of the matrix and returns the report.
     *
     * @param progress told about every cell, and the cells' live events
     * @param planned  told the number of cells before the first one starts
     */
    VerdictReport run(RunOptions options, CellRunner.Progress progress, IntConsumer planned) throws Exception;
}
