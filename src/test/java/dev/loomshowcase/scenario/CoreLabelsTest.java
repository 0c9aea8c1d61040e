package dev.loomshowcase.scenario;

import dev.loomshowcase.engine.Analysis;
import dev.loomshowcase.engine.CellMain;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ChildReport;
import dev.loomshowcase.engine.Comparison;
import dev.loomshowcase.engine.Sample;
import dev.loomshowcase.engine.ThreadModel;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With {@code --cores 1,2} the same cell runs on two core counts: no two of its rows may share a label. */
class CoreLabelsTest {

    private static final List<CellSpec> PLAN = List.of(
            new CellSpec("w", ThreadModel.SEQUENTIAL, 1, 0, 2, Map.of()),
            new CellSpec("w", ThreadModel.VIRTUAL, 1, 0, 2, Map.of()));

    @Test
    void twoCoreCountsGiveDistinctSpecLabels() {
        List<String> labels = ScenarioRunner.onCores(PLAN, List.of(1, 2)).stream().map(CellSpec::label).toList();
        assertEquals(List.of("sequential@1 on 1 core", "virtual@1 on 1 core", "sequential@1 on 2 cores", "virtual@1 on 2 cores"),
                labels);
    }

    @Test
    void oneCoreCountKeepsTheShortLabel() {
        assertEquals(List.of("sequential@1", "virtual@1"),
                ScenarioRunner.onCores(PLAN, List.of(1)).stream().map(CellSpec::label).toList());
        assertEquals(List.of("sequential@1", "virtual@1"),
                ScenarioRunner.onCores(PLAN, List.of()).stream().map(CellSpec::label).toList());
    }

    @Test
    void twoCoreCountsGiveDistinctResultLabelsFailedCellsIncluded() {
        List<CellOutcome> outcomes = ScenarioRunner.onCores(PLAN, List.of(1, 2)).stream()
                .map(spec -> spec.model() == ThreadModel.VIRTUAL && spec.cores() == 2
                        ? CellOutcome.failed(spec, "crashed")
                        : CellOutcome.measured(spec, new ChildReport(List.of(new Sample(1_000_000, 500_000),
                        new Sample(1_100_000, 500_000)), 1, Map.of(CellMain.CORES, spec.cores()))))
                .toList();
        List<CellResult> cells = ScenarioRunner.labelCores(Analysis.analyse(outcomes, Comparison.SEQUENTIAL_WALL), List.of(1, 2));
        List<String> labels = cells.stream().map(CellResult::label).toList();
        assertEquals(List.of("sequential@1 on 1 core", "virtual@1 on 1 core", "sequential@1 on 2 cores", "virtual@1 on 2 cores"),
                labels);
        assertEquals(labels.size(), new HashSet<>(labels).size());
    }

    @Test
    void oneCoreCountLeavesResultLabelsAlone() {
        CellResult cell = new CellResult(ThreadModel.VIRTUAL, 2, null, null, null, null, null, "", null, Map.of(CellMain.CORES, 1));
        assertEquals("virtual@2", ScenarioRunner.labelCores(List.of(cell), List.of(1)).getFirst().label());
    }
}
