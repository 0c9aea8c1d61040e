package dev.loomshowcase.scenes;

import dev.loomshowcase.scenario.MatrixRow;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenes.calculateall.CalculateAllScenario;
import dev.loomshowcase.scenes.coordination.CoordinationScenario;
import dev.loomshowcase.scenes.sum.SumScenario;
import dev.loomshowcase.scenes.timeline.TimelineScenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decision matrix is what the catalog's scenarios declare, each row once, beside its scenario. */
class ScenariosTest {

    @Test
    void theMatrixRowsAreTheSeedsInItsOrderEachDeclaredByTheScenarioThatMeasuresIt() {
        List<MatrixRow> rows = SceneRegistry.matrix();
        assertEquals(List.of("io-bound", "cpu-bound", "mixed", "coordination", "server"),
                rows.stream().map(MatrixRow::id).toList());
        for (Scenario scenario : SceneRegistry.mainJob()) {
            scenario.matrixRow().ifPresent(row -> assertEquals(scenario.name(), row.scenario(), row.id()));
        }
        assertEquals(List.of("server"), rows.stream().filter(MatrixRow::againstPlatformServer).map(MatrixRow::id).toList());
    }

    @Test
    void theSeedsPredictionsAreThoseOfItsTable() {
        MatrixRow cpu = new CalculateAllScenario().matrixRow().orElseThrow();
        assertFalse(cpu.single().helps(), "concurrency alone does not help CPU-bound work");
        assertTrue(cpu.multi().helps(), "parallelism does");
        assertEquals("Same or slower", cpu.single().words());
        MatrixRow coordination = new CoordinationScenario().matrixRow().orElseThrow();
        assertFalse(coordination.single().helps() || coordination.multi().helps());
    }

    @Test
    void scenariosOutsideTheMatrixDeclareNoRow() {
        assertTrue(new TimelineScenario().matrixRow().isEmpty());
        assertTrue(new SumScenario().matrixRow().isEmpty());
    }
}
