package dev.loomshowcase.scenes.server;

import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ChildReport;
import dev.loomshowcase.engine.Sample;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server scenario's plan and judgement, without running any server. */
class ServerScenarioTest {

    private final ServerScenario scenario = new ServerScenario();

    @Test
    void standardPlanClimbsTheLadderWithOwnStubsAndComparesTheClientsAtHundred() {
        List<CellSpec> cells = closedLoop(scenario.plan(options(RunMode.STANDARD, null)));
        List<Integer> levels = ServerPlan.levels(RunMode.STANDARD, ServerScenario.maxClients());
        assertEquals(levels.size() * 4 + 1, cells.size());
        assertEquals(List.of(ThreadModel.PLATFORM_POOL, ThreadModel.PLATFORM_PER_REQUEST, ThreadModel.VIRTUAL, ThreadModel.REACTIVE),
                cells.subList(0, 4).stream().map(CellSpec::model).toList(), "every level measures the four rivals");
        assertEquals("1000", cells.getFirst().param("delayMs"));
        assertEquals("1.0", cells.getFirst().param("stubsDelayScale"));
        assertEquals("3", cells.getFirst().param("windows"));
        assertEquals("200", cells.getFirst().param("poolThreads"), "Tomcat's default maxThreads");
        CellSpec other = cells.stream().filter(c -> c.params().containsKey("case")).findFirst().orElseThrow();
        assertEquals("100", other.param("concurrency"));
        assertEquals("jdk", other.param("client"));
        assertTrue(cells.stream().allMatch(c -> c.carriers() == 2), "cells run at the largest carrier count");
    }

    @Test
    void eachLevelsDelayKeepsItsRateWithinTheCpuBudget() {
        assertEquals(1000, ServerPlan.delayMs(10, 1000, 2));
        assertEquals(1000, ServerPlan.delayMs(100, 1000, 2));
        assertEquals(3000, ServerPlan.delayMs(1000, 1000, 2));
        assertEquals(12000, ServerPlan.delayMs(4000, 1000, 2));
        assertEquals(6000, ServerPlan.delayMs(1000, 1000, 1), "one core: half the rate, twice the delay");
    }

    @Test
    void theOpenFilesLimitSetsTheHighestLevel() {
        assertEquals(List.of(10, 100, 1000, 4000), ServerPlan.levels(RunMode.STANDARD, 4875));
        assertEquals(List.of(10, 100), ServerPlan.levels(RunMode.STANDARD, 131));
        assertEquals(4875, dev.loomshowcase.server.ServerLoadWorkload.clientsWithin(20_000));
        assertEquals(List.of(10, 100, 1000), ServerPlan.levels(RunMode.QUICK, 4875), "quick stops at 1000");
    }

    @Test
    void quickPlanShortensTheDelayAndSkipsTheClientComparison() {
        List<CellSpec> cells = closedLoop(scenario.plan(options(RunMode.QUICK, null)));
        assertEquals("200", cells.getFirst().param("delayMs"));
        assertTrue(cells.stream().noneMatch(c -> c.param("concurrency").equals("4000")));
        assertTrue(cells.stream().noneMatch(c -> c.params().containsKey("case")));
    }

    @Test
    void namedStubsKeepTheirDelayAtEveryLevel() {
        List<CellSpec> cells = scenario.plan(options(RunMode.STANDARD));
        assertTrue(cells.stream().allMatch(c -> c.param("delayMs").equals("1000") && c.param("stubs").equals("http://127.0.0.1:9")));
    }

    @Test
    void virtualThreadsHelpWhereThePoolIsCapped() {
        List<CellResult> cells = scenario.analyse(List.of(
                outcome(ThreadModel.PLATFORM_POOL, 1000, 49, 1010),
                outcome(ThreadModel.VIRTUAL, 1000, 910, 1010)));
        CellResult virtual = cells.get(1);
        assertEquals(Verdict.BASELINE, cells.getFirst().verdict());
        assertEquals(Verdict.HELPS, virtual.verdict(), virtual.reason());
        assertEquals(910 / 49.0, virtual.speedup(), 1e-9);
        assertTrue(virtual.reason().contains("91% of Little's bound 1000 req/s"), virtual.reason());
    }

    @Test
    void aShortfallOnFullCoresIsBlamedOnTheCpu() {
        CellOutcome pool = outcome(ThreadModel.PLATFORM_POOL, 1000, 49, 1010);
        CellOutcome virtual = outcome(ThreadModel.VIRTUAL, 1000, 500, 1010);
        virtual.report().extras().put("machineCpuBusy", 0.98);
        List<CellResult> cells = scenario.analyse(List.of(pool, virtual));
        assertEquals(Verdict.HELPS, cells.get(1).verdict());
        assertTrue(cells.get(1).reason().contains("short of Little's bound") && cells.get(1).reason().contains("98% busy"),
                cells.get(1).reason());
        assertTrue(scenario.notes(cells, options(RunMode.STANDARD)).stream().anyMatch(n -> n.contains("the CPU was full")));
    }

    @Test
    void noEffectWhileThePoolHasAThreadForEveryClient() {
        List<CellResult> cells = scenario.analyse(List.of(
                outcome(ThreadModel.PLATFORM_POOL, 10, 9.8, 1005),
                outcome(ThreadModel.VIRTUAL, 10, 9.9, 1005)));
        assertEquals(Verdict.NO_EFFECT, cells.get(1).verdict(), cells.get(1).reason());
    }

    @Test
    void aGainBelowThePoolSizeIsNoiseNotAVerdict() {
        List<CellResult> cells = scenario.analyse(List.of(
                outcome(ThreadModel.PLATFORM_POOL, 10, 7.6, 1010),
                outcome(ThreadModel.VIRTUAL, 10, 8.8, 1010)));
        assertEquals(Verdict.INCONCLUSIVE, cells.get(1).verdict(), cells.get(1).reason());
        assertTrue(cells.get(1).reason().contains("thread for every client"), cells.get(1).reason());
    }

    @Test
    void slowStubsBesideThePoolMakeTheComparisonInconclusive() {
        List<CellResult> cells = scenario.analyse(List.of(
                outcome(ThreadModel.PLATFORM_POOL, 1000, 30, 1600),
                outcome(ThreadModel.VIRTUAL, 1000, 300, 1010)));
        assertEquals(Verdict.INCONCLUSIVE, cells.get(1).verdict());
        assertTrue(cells.get(1).reason().contains("stubs answered slower"), cells.get(1).reason());
        assertTrue(scenario.notes(cells, options(RunMode.STANDARD)).stream().anyMatch(n -> n.contains("SLOWER")));
    }

    @Test
    void slowStubsBesideVirtualThreadsOnlyUnderstateTheirGain() {
        List<CellResult> cells = scenario.analyse(List.of(
                outcome(ThreadModel.PLATFORM_POOL, 1000, 49, 1010),
                outcome(ThreadModel.VIRTUAL, 1000, 580, 1300)));
        assertEquals(Verdict.HELPS, cells.get(1).verdict(), cells.get(1).reason());
        assertTrue(cells.get(1).reason().contains("understated"), cells.get(1).reason());
    }

    @Test
    void slowStubsAndNoGainIsInconclusive() {
        List<CellResult> cells = scenario.analyse(List.of(
                outcome(ThreadModel.PLATFORM_POOL, 100, 49, 1010),
                outcome(ThreadModel.VIRTUAL, 100, 50, 1600)));
        assertEquals(Verdict.INCONCLUSIVE, cells.get(1).verdict(), cells.get(1).reason());
    }

    @Test
    void virtualThreadsAreComparedWithTheBestPlatformRival() {
        List<CellResult> cells = scenario.analyse(List.of(
                outcome(ThreadModel.PLATFORM_POOL, 1000, 49, 1010),
                outcome(ThreadModel.PLATFORM_PER_REQUEST, 1000, 900, 1010),
                outcome(ThreadModel.VIRTUAL, 1000, 910, 1010),
                outcome(ThreadModel.REACTIVE, 1000, 905, 1010)));
        assertEquals(Verdict.BASELINE, cells.get(1).verdict(), cells.get(1).reason());
        assertEquals(910 / 900.0, cells.get(2).speedup(), 1e-9, "divided by the thread per request, not the capped pool");
        assertEquals(Verdict.NO_EFFECT, cells.get(2).verdict(), cells.get(2).reason());
        assertTrue(cells.get(2).reason().contains("platform-per-request's 900 req/s"), cells.get(2).reason());
        assertEquals(905 / 900.0, cells.get(3).speedup(), 1e-9);
    }

    @Test
    void aShareAboveLittlesBoundBeyondTheSpreadIsAMeasurementProblem() {
        CellOutcome wave = outcome(ThreadModel.VIRTUAL, 1000, 1160, 1010);
        CellResult judged = scenario.analyse(List.of(outcome(ThreadModel.PLATFORM_POOL, 1000, 49, 1010), wave)).get(1);
        assertEquals(Verdict.INCONCLUSIVE, judged.verdict(), judged.reason());
        assertTrue(judged.reason().startsWith("MEASUREMENT PROBLEM: 116% of Little's bound"), judged.reason());
        CellOutcome withinSpread = outcome(ThreadModel.VIRTUAL, 1000, 1020, 1010);
        withinSpread.report().extras().put("throughputRange", Map.of("min", 980.0, "max", 1050.0));
        CellResult noisy = scenario.analyse(List.of(outcome(ThreadModel.PLATFORM_POOL, 1000, 49, 1010), withinSpread)).get(1);
        assertEquals(Verdict.HELPS, noisy.verdict(), "2% above the bound, within the windows' 7% spread: " + noisy.reason());
    }

    @Test
    void notesCompareVirtualThreadsWithReactiveCodeAndGiveMemoryPerRequestInFlight() {
        List<CellOutcome> outcomes = new java.util.ArrayList<>();
        for (int c : List.of(10, 1000)) {
            for (ThreadModel model : List.of(ThreadModel.PLATFORM_POOL, ThreadModel.VIRTUAL, ThreadModel.REACTIVE)) {
                CellOutcome o = outcome(model, c, c * 0.9, 1010);
                o.report().extras().put("serverRssBytes", (model == ThreadModel.PLATFORM_POOL ? 300L : 150L) * (1 << 20) + c * 100L * 1024);
                o.report().extras().put("serverOsThreads", model == ThreadModel.PLATFORM_POOL ? 830 : 36);
                o.report().extras().put("inFlight", Map.of("mean", c * 0.95, "max", (double) c));
                outcomes.add(o);
            }
        }
        List<String> notes = scenario.notes(scenario.analyse(outcomes), options(RunMode.STANDARD));
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("virtual threads vs reactive (Vert.x) at c=1000: 900 vs 900 req/s")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("virtual 100 KB (151 -> 248 MB, 36 -> 36 OS threads)")), notes.toString());
    }

    @Test
    void aFailedCellStaysInTheResultAsFailed() {
        CellSpec spec = spec(ThreadModel.VIRTUAL, 1000);
        List<CellResult> cells = scenario.analyse(List.of(CellOutcome.failed(spec, "exit 1: boom")));
        assertEquals(Verdict.FAILED, cells.getFirst().verdict());
        assertEquals(1000, cells.getFirst().extras().get("concurrency"));
    }

    /** The plan's closed-loop levels, without the rate sweep's cells (RateSweepTest covers those). */
    private static List<CellSpec> closedLoop(List<CellSpec> plan) {
        return plan.stream().filter(c -> !RateSweep.isSweep(c)).toList();
    }

    private static RunOptions options(RunMode mode) {
        return options(mode, URI.create("http://127.0.0.1:9"));
    }

    private static RunOptions options(RunMode mode, URI stubs) {
        return new RunOptions(mode, List.of(1, 2), stubs, Map.of());
    }

    private static CellSpec spec(ThreadModel model, int concurrency) {
        return new CellSpec("server", model, 2, 0, 1, Map.of("concurrency", Integer.toString(concurrency)));
    }

    private static CellOutcome outcome(ThreadModel model, int concurrency, double throughput, double stubP50) {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("concurrency", concurrency);
        if (model == ThreadModel.PLATFORM_POOL) {
            extras.put("poolThreads", 50);
        }
        extras.put("throughput", throughput);
        extras.put("throughputRange", Map.of("min", throughput, "max", throughput));
        extras.put("littleBound", concurrency / 1.0);
        extras.put("latencyMs", Map.of("p50", 1020.0, "p99", 1100.0));
        extras.put("downstreamDelayMs", 1000);
        extras.put("stubLatencyMs", Map.of("p50", stubP50, "p99", stubP50 + 20));
        extras.put("errors", Map.of());
        Sample window = new Sample(14_000_000_000L, 3_000_000_000L);
        ChildReport report = new ChildReport(List.of(window, window, window), 2, extras);
        return CellOutcome.measured(spec(model, concurrency), report);
    }

    @Test
    void oneWindowEachIsShownButNotJudged() {
        CellResult threeWindows = scenario.analyse(List.of(
                outcome(ThreadModel.PLATFORM_POOL, 1000, 49, 1010),
                outcome(ThreadModel.VIRTUAL, 1000, 910, 1010))).get(1);
        CellResult oneWindow = scenario.analyse(List.of(
                oneWindow(outcome(ThreadModel.PLATFORM_POOL, 1000, 49, 1010)),
                oneWindow(outcome(ThreadModel.VIRTUAL, 1000, 910, 1010)))).get(1);
        assertEquals(Verdict.HELPS, threeWindows.verdict(), threeWindows.reason());
        assertEquals(Verdict.INCONCLUSIVE, oneWindow.verdict(), oneWindow.reason());
        assertTrue(oneWindow.reason().contains("one window each"), oneWindow.reason());
    }

    @Test
    void threeWindowsOfOneLoadRunAreJudgedLikeThreeRepetitions() {
        CellResult judged = scenario.analyse(List.of(
                windowsInOneRun(oneWindow(outcome(ThreadModel.PLATFORM_POOL, 1000, 49, 1010))),
                windowsInOneRun(oneWindow(outcome(ThreadModel.VIRTUAL, 1000, 910, 1010))))).get(1);
        assertEquals(Verdict.HELPS, judged.verdict(), judged.reason());
    }

    /** One repetition whose load ran three windows (as the server cell measures them), listed in its extras. */
    private static CellOutcome windowsInOneRun(CellOutcome one) {
        Map<String, Object> extras = new java.util.LinkedHashMap<>(one.report().extras());
        extras.put("windows", List.of(Map.of(), Map.of(), Map.of()));
        return CellOutcome.measured(one.spec(), new ChildReport(one.report().samples(), one.report().parallelism(), extras));
    }

    private static CellOutcome oneWindow(CellOutcome three) {
        return CellOutcome.measured(three.spec(), new ChildReport(List.of(three.report().samples().getFirst()),
                three.report().parallelism(), three.report().extras()));
    }

    @Test
    void theMainJobLeavesOutAPoolThatLittlesLawSaysCannotLeadAndTheScenarioKeepsIt() {
        var scenario = new ServerScenario();
        List<CellSpec> alone = scenario.plan(new RunOptions(RunMode.QUICK, List.of(2), null, Map.of()));
        List<CellSpec> inMainJob = scenario.plan(new RunOptions(RunMode.QUICK, List.of(2), null,
                Map.of(RunOptions.MAIN_JOB, "true")));
        assertTrue(alone.stream().anyMatch(c -> c.model() == ThreadModel.PLATFORM_POOL), "the scenario measures the pool");
        assertTrue(inMainJob.stream().noneMatch(c -> c.model() == ThreadModel.PLATFORM_POOL),
                "200 threads against 1000 clients: at most 20% of Little's bound");
        assertTrue(ServerPlan.poolCannotLead(Map.of("poolThreads", "200", "concurrency", "1000")));
        assertTrue(!ServerPlan.poolCannotLead(Map.of("poolThreads", "200", "concurrency", "100")),
                "200 threads hold 100 clients: the pool may lead");
    }
}
