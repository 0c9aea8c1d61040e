package dev.loomshowcase.cli;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import dev.loomshowcase.engine.CellRunner;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.report.MatrixRowResult;
import dev.loomshowcase.report.VerdictReport;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenes.SceneRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class MainJobTest {

    /** A scenario that cannot even plan its cells: stands in for any scenario that breaks. */
    private static final class BrokenScenario implements Scenario {
        private final String name;

        BrokenScenario(String name) {
            this.name = name;
        }

        @Override public String name() { return name; }
        @Override public String title() { return "broken on purpose"; }
        @Override public String hypothesis() { return "none"; }
        @Override public boolean needsStubs() { return false; }
        @Override public List<CellSpec> plan(RunOptions options) { throw new IllegalStateException("cannot plan"); }
        @Override public Duration cellTimeout(CellSpec spec) { return Duration.ofSeconds(1); }
    }

    @Test
    void failingAndMissingScenariosAreFailedRowsNotDroppedOnes() throws InterruptedException {
        AtomicInteger planned = new AtomicInteger(-1);
        var job = new MainJob(List.of(new BrokenScenario("coordination")), SceneRegistry.matrix(), CellRunner.Progress.silent(), planned::set);
        VerdictReport report = job.run(new RunOptions(RunMode.QUICK, List.of(1, 2), null, Map.of()), List.of());

        assertEquals(0, planned.get(), "a scenario that cannot plan adds no cells");
        MatrixRowResult coordination = report.matrix().get("coordination");
        assertEquals("failed", coordination.single().verdict());
        assertTrue(coordination.single().detail().contains("cannot plan"), coordination.single().detail());
        assertEquals("failed", report.matrix().get("cpu-bound").single().verdict(), "not in this catalog");
        assertEquals(SceneRegistry.matrix().size(), report.matrix().size());
        assertTrue(report.anyFailed());
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("FAILED coordination")), report.notes().toString());
        assertEquals(List.of("coordination"), report.scenarios().stream().map(s -> s.scenario()).toList(),
                "the broken scenario is listed, with no cells");
    }

    /** A scenario with nothing to run that counts its preparations and plans only prepared options. */
    private static final class PreparedOnce implements Scenario {
        final AtomicInteger preparations = new AtomicInteger();

        @Override public String name() { return "mixed"; }
        @Override public String title() { return "prepared once"; }
        @Override public String hypothesis() { return "none"; }
        @Override public boolean needsStubs() { return false; }
        @Override public Duration cellTimeout(CellSpec spec) { return Duration.ofSeconds(1); }

        @Override
        public RunOptions prepare(RunOptions options) {
            preparations.incrementAndGet();
            return options.withParams(Map.of("calibrated", "yes"));
        }

        @Override
        public List<CellSpec> plan(RunOptions options) {
            if (!options.params().containsKey("calibrated")) {
                throw new IllegalStateException("planned unprepared options");
            }
            return List.of();
        }
    }

    @Test
    void eachScenarioIsPreparedOnceToCountAndToRunItsCells() throws InterruptedException {
        var scenario = new PreparedOnce();
        var job = new MainJob(List.of(scenario), SceneRegistry.matrix(), CellRunner.Progress.silent(), n -> { });
        VerdictReport report = job.run(new RunOptions(RunMode.QUICK, List.of(1), null, Map.of()), List.of("mixed"));
        assertEquals(1, scenario.preparations.get(), "calibrating twice would cost the run and change n between them");
        assertEquals(List.of("mixed"), report.scenarios().stream().map(s -> s.scenario()).toList());
        assertTrue(report.notes().stream().noneMatch(n -> n.contains("unprepared")), report.notes().toString());
    }

    @Test
    void onlySelectedRowsAreRunTheOthersAreNotMeasured() throws InterruptedException {
        var job = new MainJob(List.of(new BrokenScenario("mixed")), SceneRegistry.matrix(), CellRunner.Progress.silent(), n -> { });
        VerdictReport report = job.run(new RunOptions(RunMode.QUICK, List.of(1), null, Map.of()), List.of("mixed"));
        assertEquals("failed", report.matrix().get("mixed").single().verdict());
        assertEquals("not-measured", report.matrix().get("cpu-bound").single().verdict(), "not selected, so not failed");
    }
}
