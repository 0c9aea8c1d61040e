package dev.loomshowcase.scenario;

import dev.loomshowcase.scenes.fetchall.FetchAllScenario;
import dev.loomshowcase.scenes.pitfalls.PitfallsScenario;
import dev.loomshowcase.scenes.structured.StructuredScenario;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ChildReport;
import dev.loomshowcase.engine.Sample;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How structured cases and pitfall cases are judged, from fabricated outcomes (no child JVMs). */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CaseJudgementTest {

    private static CellOutcome outcome(Map<String, String> params, Map<String, Object> extras, double... wallMs) {
        var spec = new CellSpec("w", ThreadModel.VIRTUAL, 2, 0, wallMs.length, params);
        List<Sample> samples = Arrays.stream(wallMs).mapToObj(ms -> new Sample((long) (ms * 1e6), 0)).toList();
        return CellOutcome.measured(spec, new ChildReport(samples, 2, extras));
    }

    private static CellOutcome pitfall(String caseName, String variant, Map<String, Object> extras, double... wallMs) {
        return outcome(Map.of("case", caseName, "variant", variant), extras, wallMs);
    }

    @Test
    void structuredCaseIsHeldOnlyWhenItsGuaranteeHeldInEveryRunElseBroken() {
        var held = outcome(Map.of("case", "fail-fast"),
                Map.of("case", "fail-fast", "held", true, "heldRuns", "5/5", "observed", "join() threw after 101 ms"), 110, 105, 120);
        var broken = outcome(Map.of("case", "race"),
                Map.of("case", "race", "held", false, "heldRuns", "4/5", "observed", "won by ANOTHER replica"), 900);
        List<CellResult> cells = new StructuredScenario().analyse(List.of(held, broken));
        assertEquals(Verdict.HELD, cells.get(0).verdict());
        assertEquals("fail-fast@2", cells.get(0).label());
        assertTrue(cells.get(0).reason().contains("5/5") && cells.get(0).reason().contains("101 ms"), cells.get(0).reason());
        assertEquals(Verdict.BROKEN, cells.get(1).verdict());
        assertTrue(cells.get(1).reason().contains("did NOT hold"), cells.get(1).reason());
    }

    @Test
    void pitfallIsACaseFourTimesSlowerThanItsTwin() {
        var cells = new PitfallsScenario().analyse(List.of(
                pitfall("native-call", "case", Map.of("case", "native-call", "variant", "case", "tasks", 8, "pinnedEvents", 0), 1010, 1000, 1020),
                pitfall("native-call", "twin", Map.of("case", "native-call", "variant", "twin", "pinnedEvents", 0), 255, 250, 260)));
        assertEquals(1, cells.size(), "the twin is folded into its case");
        CellResult cell = cells.getFirst();
        assertEquals(Verdict.HURTS, cell.verdict());
        assertEquals(1010 / 255.0, (double) cell.extras().get("ratio"), 0.01);
        assertEquals(255.0, (double) cell.extras().get("twinMs"), 0.1);
        assertEquals(0, cell.extras().get("pinnedEvents"));
        assertTrue(cell.reason().contains("does not see it"), cell.reason());
        assertTrue(!cell.extras().containsKey("variant"));
    }

    @Test
    void noPitfallWhenTheCaseRunsAsFastAsItsTwin() {
        var cells = new PitfallsScenario().analyse(List.of(
                pitfall("synchronized", "case", Map.of("case", "synchronized", "tasks", 8, "pinnedEvents", 0), 260, 255, 270),
                pitfall("synchronized", "twin", Map.of("case", "synchronized", "pinnedEvents", 0), 255, 250, 262)));
        assertEquals(Verdict.NO_EFFECT, cells.getFirst().verdict());
    }

    @Test
    void overlappingRangesAreInconclusive() {
        var cells = new PitfallsScenario().analyse(List.of(
                pitfall("class-init", "case", Map.of("case", "class-init", "pinnedEvents", 8), 300, 260, 700),
                pitfall("class-init", "twin", Map.of("case", "class-init", "pinnedEvents", 0), 150, 140, 400)));
        assertEquals(Verdict.INCONCLUSIVE, cells.getFirst().verdict());
    }

    @Test
    void cpuStarvationIsJudgedOnTheHeartbeatDelayNotTheWallTime() {
        var cells = new PitfallsScenario().analyse(List.of(
                pitfall("cpu-starvation", "case", Map.of("case", "cpu-starvation", "worstDelayMs", 480.0,
                        "worstDelayMsRuns", List.of(470.0, 480.0, 495.0)), 500, 500, 505),
                pitfall("cpu-starvation", "twin", Map.of("case", "cpu-starvation", "worstDelayMs", 4.0,
                        "worstDelayMsRuns", List.of(3.0, 4.0, 9.0)), 510, 505, 515)));
        CellResult cell = cells.getFirst();
        assertEquals(Verdict.HURTS, cell.verdict());
        assertEquals(4.0, (double) cell.extras().get("twinWorstDelayMs"), 1e-9);
        assertEquals(120.0, (double) cell.extras().get("ratio"), 0.01);
    }

    @Test
    void aFailedTwinFailsItsCase() {
        var cells = new PitfallsScenario().analyse(List.of(
                pitfall("native-call", "case", Map.of("case", "native-call"), 1000),
                CellOutcome.failed(new CellSpec("w", ThreadModel.VIRTUAL, 2, 0, 1,
                        Map.of("case", "native-call", "variant", "twin")), "child JVM exited with code 1")));
        assertEquals(Verdict.FAILED, cells.getFirst().verdict());
        assertTrue(cells.getFirst().reason().contains("twin"), cells.getFirst().reason());
    }

    @Test
    void jfrOptionMakesEveryCellWatchForPinning() {
        var options = new RunOptions(RunMode.QUICK, List.of(2), null, Map.of("jfr", "true"));
        List<CellSpec> plan = ScenarioRunner.watchPinningIfAsked(new FetchAllScenario().plan(options.withStubs(java.net.URI.create("http://127.0.0.1:1"))), options);
        assertTrue(plan.stream().allMatch(s -> "true".equals(s.params().get("jfr"))), plan.toString());
        var without = new RunOptions(RunMode.QUICK, List.of(2), null, Map.of());
        assertTrue(ScenarioRunner.watchPinningIfAsked(new FetchAllScenario().plan(without.withStubs(java.net.URI.create("http://127.0.0.1:1"))), without)
                .stream().noneMatch(s -> s.params().containsKey("jfr")));
    }

    @Test
    void jfrNotesNameEachWatchedCellsPinnedEvents() {
        var cells = new PitfallsScenario().analyse(List.of(
                pitfall("class-init", "case", Map.of("case", "class-init", "pinnedEvents", 40), 1000),
                pitfall("class-init", "twin", Map.of("case", "class-init", "pinnedEvents", 0), 250)));
        assertEquals(List.of("JFR class-init@2: 40 jdk.VirtualThreadPinned event(s) in its measured runs"),
                ScenarioRunner.pinningNotes(cells));
    }

    @Test
    void aNativeCallHoldsItsCarrierUnseenOnlyWhenTheRatioAndTheEventCountSayIt() {
        CellResult held = new PitfallsScenario().analyse(List.of(
                pitfall("native-call", "case", Map.of("case", "native-call", "variant", "case", "tasks", 8, "pinnedEvents", 0), 1010, 1000, 1020),
                pitfall("native-call", "twin", Map.of("case", "native-call", "variant", "twin", "pinnedEvents", 0), 255, 250, 260))).getFirst();
        CellResult notHeld = new PitfallsScenario().analyse(List.of(
                pitfall("native-call", "case", Map.of("case", "native-call", "variant", "case", "tasks", 8, "pinnedEvents", 0), 260, 255, 265),
                pitfall("native-call", "twin", Map.of("case", "native-call", "variant", "twin", "pinnedEvents", 0), 255, 250, 260))).getFirst();
        CellResult seen = new PitfallsScenario().analyse(List.of(
                pitfall("native-call", "case", Map.of("case", "native-call", "variant", "case", "tasks", 8, "pinnedEvents", 8), 1010, 1000, 1020),
                pitfall("native-call", "twin", Map.of("case", "native-call", "variant", "twin", "pinnedEvents", 0), 255, 250, 260))).getFirst();
        assertTrue(held.reason().contains("each held its carrier") && held.reason().contains("does not see it"), held.reason());
        assertTrue(!notHeld.reason().contains("held its carrier") && !notHeld.reason().contains("does not see it"), notHeld.reason());
        assertTrue(!seen.reason().contains("does not see it"), seen.reason());
    }

    @Test
    void synchronizedSaysNoPinningOnlyWithNoPinnedEventAndNoSlowdown() {
        CellResult quiet = new PitfallsScenario().analyse(List.of(
                pitfall("synchronized", "case", Map.of("case", "synchronized", "variant", "case", "tasks", 8, "pinnedEvents", 0), 101, 100, 102),
                pitfall("synchronized", "twin", Map.of("case", "synchronized", "variant", "twin", "pinnedEvents", 0), 100, 99, 101))).getFirst();
        CellResult pinned = new PitfallsScenario().analyse(List.of(
                pitfall("synchronized", "case", Map.of("case", "synchronized", "variant", "case", "tasks", 8, "pinnedEvents", 8), 400, 390, 410),
                pitfall("synchronized", "twin", Map.of("case", "synchronized", "variant", "twin", "pinnedEvents", 0), 100, 99, 101))).getFirst();
        assertTrue(quiet.reason().contains("no pinning"), quiet.reason());
        assertTrue(!pinned.reason().contains("no pinning") && pinned.reason().contains("it pinned here"), pinned.reason());
    }
}
