package dev.loomshowcase.scenes.yours;

import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.engine.CellSpec;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cells {@code yours} plans, and the one line it makes of a failed child's output. */
class YoursScenarioTest {

    private static YoursScenario scenario() throws Exception {
        TaskSource source = TaskSource.ofCode(null, "dev.loomshowcase.scenes.yours.examples.Hashing");
        return new YoursScenario(source, 12, Duration.ofSeconds(7), false, line -> { });
    }

    @Test
    void plansSequentialVirtualAtEachCarrierCountAPoolAndAThreadPerTask() throws Exception {
        YoursScenario scenario = scenario();
        List<CellSpec> cells = scenario.plan(new RunOptions(RunMode.QUICK, List.of(1, 2), null, Map.of()));
        assertEquals(List.of("sequential@1", "virtual@1", "virtual@2", "platform-pool@2", "platform-per-task@2"),
                cells.stream().map(CellSpec::label).toList());
        assertEquals(12, scenario.tasks());
        CellSpec first = cells.getFirst();
        assertEquals("12", first.param("tasks"));
        assertEquals("true", first.param("jfr"), "every cell watches for pinning");
        assertEquals("dev.loomshowcase.scenes.yours.examples.Hashing", first.param("task.name"));
        assertTrue(first.jvmOptions().contains("--enable-native-access=ALL-UNNAMED"), first.jvmOptions().toString());
        assertEquals(Duration.ofSeconds(7), scenario.cellTimeout(first));
    }

    @Test
    void aFailedChildBecomesOneLine() throws Exception {
        YoursScenario scenario = scenario();
        String thrown = "child JVM exited with code 1; stderr: WARNING: x | cell sequential@1 failed: TaskFailedException: "
                + "your task failed: acme.Boom threw java.lang.IllegalStateException: boom at acme.Boom.run(Boom.java:2) | more; stdout: y";
        assertEquals("your task failed: acme.Boom threw java.lang.IllegalStateException: boom at acme.Boom.run(Boom.java:2)",
                scenario.failure(thrown));
        assertEquals("your task did not finish within the cell's time limit of 7 s (--timeout); its child JVM was stopped",
                scenario.failure("child JVM overran its time limit of 7 s and was killed"));
        assertEquals("your task could not run: child JVM exited with code 137", scenario.failure("child JVM exited with code 137"));
    }

    @Test
    void theBatchLastsAboutASecondAndHasAtLeastTwoTasks() {
        assertEquals(7, YoursScenario.batchFor(150));
        assertEquals(2, YoursScenario.batchFor(5_000));
        assertEquals(YoursScenario.MAX_TASKS, YoursScenario.batchFor(0.0001));
    }
}
