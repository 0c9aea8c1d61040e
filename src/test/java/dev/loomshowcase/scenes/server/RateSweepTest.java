package dev.loomshowcase.scenes.server;

import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ChildReport;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.engine.Sample;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.server.SweepRun;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rate sweep's plan, knee and verdicts, without running any server. */
class RateSweepTest {

    private final ServerScenario scenario = new ServerScenario();

    @Test
    void everyRivalOfTheClosedLoopGetsASweepOfAtLeastFiveRatesAtTheModesDelay() {
        List<CellSpec> plan = scenario.plan(new RunOptions(RunMode.QUICK, List.of(2), null, Map.of()));
        List<CellSpec> sweeps = plan.stream().filter(RateSweep::isSweep).toList();
        assertEquals(List.of("platform-pool", "platform-per-request", "virtual", "reactive"),
                sweeps.stream().map(c -> c.param("rival")).toList());
        for (CellSpec s : sweeps) {
            assertTrue(s.param("sweepShares").split(",").length >= 5, s.toString());
            assertEquals("200", s.param("delayMs"));
            assertEquals("0.2", s.param("stubsDelayScale"));
            assertTrue(Long.parseLong(s.param("sweepWarmupMs")) > 0, "each rate has a warm-up");
        }
    }

    @Test
    void theMainJobLeavesTheSweepOut() {
        List<CellSpec> plan = scenario.plan(new RunOptions(RunMode.QUICK, List.of(2), null,
                Map.of(RunOptions.MAIN_JOB, "true")));
        assertTrue(plan.stream().noneMatch(RateSweep::isSweep), plan.toString());
    }

    @Test
    void aRivalAddedToTheClosedLoopIsSweptToo() {
        List<CellSpec> closed = new ArrayList<>(scenario.plan(new RunOptions(RunMode.QUICK, List.of(2), null, Map.of())))
                .stream().filter(c -> !RateSweep.isSweep(c)).toList();
        List<CellSpec> more = new ArrayList<>(closed);
        more.add(closed.getLast().withParam("case", "platform-pool-50"));
        List<CellSpec> sweeps = RateSweep.cells(more, new RunOptions(RunMode.QUICK, List.of(2), null, Map.of()), 200);
        assertEquals(List.of("platform-pool", "platform-per-request", "virtual", "reactive", "platform-pool-50"),
                sweeps.stream().map(c -> c.param("rival")).toList());
    }

    @Test
    void theKneeIsTheHighestRateWhoseP99StaysUnderTwoDelaysWithNoErrors() {
        SweepRun.Figures f = figures("virtual", 200, null, point(100, 210, Map.of()), point(200, 230, Map.of()),
                point(300, 390, Map.of()), point(400, 380, Map.of("timeout", 2L)), point(600, 2500, Map.of()));
        assertEquals(Optional.of(300.0), RateSweep.knee(f));
        assertEquals(Optional.empty(), RateSweep.knee(figures("virtual", 200, null, point(100, 450, Map.of()))));
    }

    @Test
    void aKneeClearlyAboveThePoolsHelpsAndOneTooCloseIsNotJudged() {
        assertEquals(Verdict.HELPS, RateSweep.verdict(ThreadModel.VIRTUAL, Optional.of(480.0), Optional.of(190.0)));
        assertEquals(Verdict.INCONCLUSIVE, RateSweep.verdict(ThreadModel.VIRTUAL, Optional.of(200.0), Optional.of(190.0)));
        assertEquals(Verdict.HURTS, RateSweep.verdict(ThreadModel.VIRTUAL, Optional.of(100.0), Optional.of(190.0)));
        assertEquals(Verdict.INCONCLUSIVE, RateSweep.verdict(ThreadModel.VIRTUAL, Optional.empty(), Optional.of(190.0)));
        assertEquals(Verdict.BASELINE, RateSweep.verdict(ThreadModel.PLATFORM_POOL, Optional.of(190.0), Optional.empty()));
    }

    @Test
    void sweepCellsAreJudgedByTheirKneesAndTheFindingsListEveryPointAndKnee() {
        List<CellOutcome> outcomes = List.of(
                outcome(ThreadModel.PLATFORM_POOL, figures("platform-pool", 200, 50, point(60, 210, Map.of()),
                        point(190, 260, Map.of()), point(250, 900, Map.of()))),
                outcome(ThreadModel.VIRTUAL, figures("virtual", 200, null, point(160, 205, Map.of()),
                        point(480, 290, Map.of()), point(960, 3000, Map.of("timeout", 40L)))));
        assertTrue(scenario.analyse(outcomes).isEmpty(), "sweep cells are not cells of the closed-loop table");
        List<CellResult> cells = RateSweep.analyse(outcomes);
        assertEquals(Verdict.BASELINE, cells.get(0).verdict());
        CellResult virtual = cells.get(1);
        assertEquals(Verdict.HELPS, virtual.verdict(), virtual.reason());
        assertTrue(virtual.reason().contains("knee 480 req/s") && virtual.reason().contains("2.53x the pool's knee of 190"),
                virtual.reason());
        Map<String, Object> findings = scenario.findings(outcomes).json();
        assertEquals(6, ((List<?>) findings.get("sweep")).size());
        Map<String, Double> knees = new LinkedHashMap<>();
        knees.put("platform-pool", 190.0);
        knees.put("virtual", 480.0);
        assertEquals(knees, findings.get("knees"));
        String note = scenario.findings(outcomes).notes().getLast();
        assertTrue(note.contains("platform-pool 190 req/s, virtual 480 req/s"), note);
    }

    @Test
    void aKneeAtTheTopOfItsSweepIsALowerBoundAndNotJudged() {
        List<CellResult> cells = RateSweep.analyse(List.of(
                outcome(ThreadModel.PLATFORM_POOL, figures("platform-pool", 200, 50, point(60, 210, Map.of()), point(190, 260, Map.of()))),
                outcome(ThreadModel.VIRTUAL, figures("virtual", 200, null, point(160, 205, Map.of()), point(480, 290, Map.of()),
                        point(960, 3000, Map.of())))));
        CellResult virtual = cells.get(1);
        assertEquals(Verdict.INCONCLUSIVE, virtual.verdict(), virtual.reason());
        assertTrue(cells.get(0).reason().contains("this sweep did not reach the limit"), cells.get(0).reason());
        assertTrue(virtual.reason().contains("only a lower bound"), virtual.reason());
    }

    @Test
    void aRivalWithNoKneeSaysWhatItsLowestRateGot() {
        List<CellResult> cells = RateSweep.analyse(List.of(outcome(ThreadModel.VIRTUAL,
                figures("virtual", 200, null, point(160, 700, Map.of())))));
        assertEquals(Verdict.INCONCLUSIVE, cells.getFirst().verdict());
        assertTrue(cells.getFirst().reason().contains("no offered rate kept p99 under 400 ms"), cells.getFirst().reason());
        assertTrue(SweepNotes.notes(cells).getLast().contains("virtual none"));
    }

    @Test
    void theCapacityIsTheLowerOfTheCpuBoundAndThePoolsLittleBound() {
        assertEquals(250, SweepRun.predictedCapacity(2, 4.0, 50, 200), 1e-9);
        assertEquals(500, SweepRun.predictedCapacity(2, 4.0, null, 200), 1e-9);
        assertEquals(100, SweepRun.predictedCapacity(2, 20.0, 50, 200), 1e-9, "a CPU bound under P / W wins");
    }

    @Test
    void aCalibrationWithTooFewAnswersSaysThePredictionIsLittlesLawAlone() {
        SweepRun.Figures f = new SweepRun.Figures("virtual", 200, 50, 3, null, 2, null, 250,
                List.of(new SweepRun.Point("virtual", 62, 62, Map.of("p50", 210.0, "p99", 230.0, "p999", 240.0), Map.of(), 14, 0.3)));
        assertTrue(SweepNotes.prediction(f).contains("250 req/s predicted from Little's law alone"), SweepNotes.prediction(f));
        CellResult judged = RateSweep.analyse(List.of(
                outcome(ThreadModel.PLATFORM_POOL, figures("platform-pool", 200, 50, point(60, 210, Map.of()),
                        point(190, 260, Map.of()), point(250, 900, Map.of()))),
                outcome(ThreadModel.VIRTUAL, new SweepRun.Figures("virtual", 200, 50, 0, null, 2, null, 250, List.of(
                        new SweepRun.Point("virtual", 62, 62, Map.of("p50", 210.0, "p99", 230.0, "p999", 240.0), Map.of(), 14, 0.3),
                        new SweepRun.Point("virtual", 125, 40, Map.of("p50", 2000.0, "p99", 2300.0, "p999", 2400.0),
                                Map.of("timeout", 9L), 14, 0.3)))))).get(1);
        assertEquals(Verdict.INCONCLUSIVE, judged.verdict(), judged.reason());
        assertTrue(judged.reason().contains("not judged"), judged.reason());
    }

    private static SweepRun.Point point(double rate, double p99, Map<String, Long> errors) {
        return new SweepRun.Point("m", rate, rate, Map.of("p50", p99 * 0.9, "p99", p99, "p999", p99 * 1.1), errors, 10, 0.5);
    }

    private static SweepRun.Figures figures(String rival, int delayMs, Integer threads, SweepRun.Point... points) {
        List<SweepRun.Point> named = java.util.Arrays.stream(points).map(p -> new SweepRun.Point(rival, p.offeredRate(),
                p.achievedRate(), p.latencyMs(), p.errors(), p.maxInFlight(), p.lagP99Ms())).toList();
        return new SweepRun.Figures(rival, delayMs, 50, 240, 3.1, 2, threads, 640, named);
    }

    @SuppressWarnings("unchecked")
    private static CellOutcome outcome(ThreadModel model, SweepRun.Figures f) {
        CellSpec spec = new CellSpec("server", model, 2, 0, 1, Map.of(SweepRun.PARAM, "true", "case", f.rival() + " open",
                "rival", f.rival()));
        Map<String, Object> extras = Json.mapper().convertValue(f, Map.class);
        return CellOutcome.measured(spec, new ChildReport(List.of(new Sample(20_000_000_000L, 5_000_000_000L)), 2, extras));
    }
}
