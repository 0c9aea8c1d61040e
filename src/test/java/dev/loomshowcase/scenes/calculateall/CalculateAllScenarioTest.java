package dev.loomshowcase.scenes.calculateall;

import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.loomshowcase.scenario.CellFixtures.cell;
import static dev.loomshowcase.scenario.CellFixtures.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalculateAllScenarioTest {

    /** The plan of prepared options, as the runner makes it. */
    private static List<CellSpec> planned(CalculateAllScenario scenario, RunOptions options) {
        return scenario.plan(scenario.prepare(options));
    }

    /** A calibration on a fake CPU where fib(n) takes 1 us x phi^(n - 20). */
    private static final FibCalibration FAKE = new FibCalibration(n -> Math.round(1_000 * Math.pow(Fibonacci.GROWTH, n - 20)));
    private static final Map<String, Object> N = Map.of("n", 42, "nSource", "test");
    private static final Map<String, String> PARAMS = Map.of("n", "42");

    @Test
    void plansEveryModelAtEveryCarrierCountWithTheSameN() {
        var scenario = new CalculateAllScenario(FAKE);
        List<CellSpec> cells = planned(scenario, new RunOptions(RunMode.QUICK, List.of(1, 2), null, Map.of()));
        List<String> labels = cells.stream().map(CellSpec::label).toList();
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(List.of("sequential@1", "virtual@1", "platform-pool@1", "virtual@2", "platform-pool@2",
                "platform-per-task@" + cores), labels);
        assertEquals(1, cells.stream().map(c -> c.param("n")).distinct().count(), "identical work in every cell");
        assertTrue(cells.getFirst().param("nSource").startsWith("calibrated"), cells.getFirst().param("nSource"));
        assertTrue(scenario.cellTimeout(cells.getFirst()).toSeconds() >= 60);
    }

    @Test
    void quickModeCalibratesAShorterCall() {
        var scenario = new CalculateAllScenario(FAKE);
        int quick = Integer.parseInt(planned(scenario, new RunOptions(RunMode.QUICK, List.of(1), null, Map.of())).getFirst().param("n"));
        int standard = Integer.parseInt(planned(scenario, new RunOptions(RunMode.STANDARD, List.of(1), null, Map.of())).getFirst().param("n"));
        // 0.2 s instead of 1 s is log_phi(5) = 3.3 steps of n fewer.
        assertEquals(3, standard - quick, 1);
    }

    @Test
    void aFixedNWinsOverTheCalibration() {
        var scenario = new CalculateAllScenario(FAKE);
        var cells = planned(scenario, new RunOptions(RunMode.QUICK, List.of(1), null, Map.of("n", "30")));
        assertTrue(cells.stream().allMatch(c -> c.param("n").equals("30")));
        assertTrue(cells.getFirst().param("nSource").startsWith("fixed by --n"));
        assertThrows(IllegalArgumentException.class,
                () -> planned(scenario, new RunOptions(RunMode.QUICK, List.of(1), null, Map.of("n", "0"))));
        assertThrows(IllegalArgumentException.class,
                () -> planned(scenario, new RunOptions(RunMode.QUICK, List.of(1), null, Map.of("n", "61"))));
    }

    @Test
    void planningTwiceCalibratesOnceAndPlansTheSameCells() {
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        var counting = new FibCalibration(n -> {
            calls.incrementAndGet();
            return Math.round(1_000 * Math.pow(Fibonacci.GROWTH, n - 20));
        });
        var scenario = new CalculateAllScenario(counting);
        RunOptions prepared = scenario.prepare(new RunOptions(RunMode.QUICK, List.of(1, 2), null, Map.of()));
        int calibrating = calls.get();
        assertTrue(calibrating > 0, "prepare() calibrates");
        assertEquals(scenario.plan(prepared), scenario.plan(prepared), "plan() is a function of its options");
        assertEquals(calibrating, calls.get(), "plan() measures nothing");
        assertThrows(IllegalStateException.class,
                () -> scenario.plan(new RunOptions(RunMode.QUICK, List.of(1), null, Map.of())), "unprepared options");
    }

    @Test
    void zeroCarriersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RunOptions(RunMode.QUICK, List.of(0), null, Map.of()));
    }

    @Test
    void verdictsFollowTheMeasuredRatios() {
        var scenario = new CalculateAllScenario(FAKE);
        List<CellResult> cells = scenario.analyse(List.of(
                outcome("calculate-all", ThreadModel.SEQUENTIAL, 1, PARAMS, N, 1, 3000, 3010, 2990),
                outcome("calculate-all", ThreadModel.VIRTUAL, 1, PARAMS, N, 1, 2950, 3100, 3050),
                outcome("calculate-all", ThreadModel.PLATFORM_POOL, 2, PARAMS, N, 1.5, 2000, 2020, 1990),
                outcome("calculate-all", ThreadModel.PLATFORM_PER_TASK, 2, PARAMS, N, 2, 3400, 3500, 3450)));
        assertEquals(Verdict.BASELINE, cells.get(0).verdict());
        assertEquals(Verdict.NO_EFFECT, cells.get(1).verdict(), cells.get(1).reason());
        assertEquals(Verdict.HELPS, cells.get(2).verdict(), cells.get(2).reason());
        assertEquals(1.5, cells.get(2).speedup(), 0.02);
        assertEquals(Verdict.HURTS, cells.get(3).verdict(), cells.get(3).reason());
    }

    @Test
    void timeSlicingIsNamedWhenVirtualTakesTwoRoundsAndOsThreadsOneAndAHalf() {
        List<CellResult> cells = List.of(
                cell("sequential", 1, 3000, 1.0, Verdict.BASELINE, N),
                cell("virtual", 2, 2000, 1.5, Verdict.HELPS, N),
                cell("platform-per-task", 2, 1500, 2.0, Verdict.HELPS, N));
        String note = CalculateAllNotes.timeSlicing(cells, 2, 1000).orElseThrow();
        assertTrue(note.startsWith("Seen here"), note);
        assertTrue(note.contains("2.0 rounds") && note.contains("1.5") && note.contains("not time-sliced"), note);
    }

    @Test
    void virtualThreadsSlowerThanWaitingForACarrierExplainsAreNotCalledTimeSlicing() {
        List<CellResult> cells = List.of(
                cell("sequential", 1, 3000, 1.0, Verdict.BASELINE, N),
                cell("virtual", 2, 3400, 0.87, Verdict.INCONCLUSIVE, N),
                cell("platform-per-task", 2, 2500, 1.2, Verdict.INCONCLUSIVE, N));
        String note = CalculateAllNotes.timeSlicing(cells, 2, 1000).orElseThrow();
        assertTrue(note.startsWith("Cannot tell in this run") && note.contains("3.4 rounds")
                && note.contains("explains 2 rounds at most") && !note.contains("not time-sliced"), note);
    }

    @Test
    void aNoisyOneCarrierCellIsCalledNoisyNotBlamedOnOtherLoad() {
        String note = CalculateAllNotes.oneCarrier(cell("virtual", 1, 2000, 0.99, Verdict.INCONCLUSIVE, N));
        assertTrue(note.contains("too noisy for a verdict") && !note.contains("likely cause"), note);
    }

    @Test
    void timeSlicingIsReportedAsNotSeenWhenTheNumbersDoNotShowIt() {
        List<CellResult> cells = List.of(
                cell("sequential", 1, 3000, 1.0, Verdict.BASELINE, N),
                cell("virtual", 2, 1600, 1.9, Verdict.HELPS, N),
                cell("platform-per-task", 2, 1550, 1.9, Verdict.HELPS, N));
        String note = CalculateAllNotes.timeSlicing(cells, 2, 1000).orElseThrow();
        assertTrue(note.startsWith("Not seen in this run"), note);
    }

    @Test
    void timeSlicingIsNotDiscussedWhereItCannotShow() {
        List<CellResult> cells = List.of(
                cell("virtual", 3, 1000, 3.0, Verdict.HELPS, N),
                cell("platform-per-task", 3, 1000, 3.0, Verdict.HELPS, N));
        assertTrue(CalculateAllNotes.timeSlicing(cells, 3, 1000).isEmpty(), "3 tasks on 3 cores: one round either way");
        assertTrue(CalculateAllNotes.timeSlicing(cells, 1, 1000).isEmpty(), "one core: no parallel rounds at all");
    }

    @Test
    void notesExplainOneCarrierAndTheBound() {
        List<CellResult> cells = List.of(
                cell("sequential", 1, 3000, 1.0, Verdict.BASELINE, N),
                cell("virtual", 1, 3030, 0.99, Verdict.NO_EFFECT, N),
                cell("platform-pool", 2, 2000, 1.5, Verdict.HELPS, N),
                cell("virtual", 2, 2050, 1.46, Verdict.HELPS, N));
        List<String> notes = CalculateAllNotes.of(cells, 2);
        assertTrue(notes.get(0).contains("n = 42") && notes.get(0).contains("~1000 ms"), notes.get(0));
        assertTrue(notes.get(1).contains("0.99x (no-effect)"), notes.get(1));
        assertTrue(notes.get(2).contains("1.50x (platform-pool@2)") && notes.get(2).contains("= 2x")
                && notes.get(2).contains("1.50x (2 rounds)"), notes.get(2));
        assertEquals(2, CalculateAllNotes.roundsWithoutSlicing(2));
        assertEquals(1, CalculateAllNotes.roundsWithoutSlicing(4));
        assertEquals(3, CalculateAllNotes.roundsWithoutSlicing(1));
    }

    @Test
    void oneCarrierSharedByCpuWorkIsSaidOnlyWhenTheCarrierWasBusy() {
        var wall = dev.loomshowcase.engine.Stats.of(3000, 3000, 3000);
        var busy = new CellResult(ThreadModel.VIRTUAL, 1, wall, wall, 0.98, 1.0, Verdict.NO_EFFECT, "test", null, N);
        var idle = new CellResult(ThreadModel.VIRTUAL, 1, wall, wall, 0.30, 1.0, Verdict.NO_EFFECT, "test", null, N);
        String computing = CalculateAllNotes.oneCarrier(busy);
        String waiting = CalculateAllNotes.oneCarrier(idle);
        assertTrue(computing.contains("kept their one carrier busy (98%)") && computing.contains("cannot shorten CPU work"), computing);
        assertTrue(waiting.contains("busy only 30%") && !waiting.contains("cannot shorten"), waiting);
    }

    @Test
    void theBoundIsTheCoresTheCellsRanOnNotThisMachines() {
        var wall = dev.loomshowcase.engine.Stats.of(3000, 3000, 3000);
        var sequential = new CellResult(ThreadModel.SEQUENTIAL, 1, wall, wall, 1.0, 1.0, Verdict.BASELINE, "test", null,
                java.util.Map.of("n", 42, "nSource", "test", dev.loomshowcase.engine.CellMain.CORES, 1));
        var twoOnOne = new CellResult(ThreadModel.VIRTUAL, 2, wall, wall, 1.0, 1.0, Verdict.NO_EFFECT, "test", null,
                java.util.Map.of(dev.loomshowcase.engine.CellMain.CORES, 1));
        String oneCore = String.join("\n", CalculateAllScenario.notesByCores(List.of(sequential, twoOnOne), 2));
        assertTrue(oneCore.contains("min(carriers 2, cores 1, tasks 3) = 1x"), oneCore);
        var onTwo = new CellResult(ThreadModel.VIRTUAL, 2, wall, wall, 1.0, 1.0, Verdict.NO_EFFECT, "test", null,
                java.util.Map.of(dev.loomshowcase.engine.CellMain.CORES, 2));
        var sequentialOnTwo = new CellResult(ThreadModel.SEQUENTIAL, 1, wall, wall, 1.0, 1.0, Verdict.BASELINE, "test", null,
                java.util.Map.of("n", 42, "nSource", "test", dev.loomshowcase.engine.CellMain.CORES, 2));
        String both = String.join("\n", CalculateAllScenario.notesByCores(List.of(sequential, twoOnOne, sequentialOnTwo, onTwo), 2));
        assertTrue(both.contains("On 1 core: With 2 carriers") && both.contains("cores 1, tasks 3) = 1x"), both);
        assertTrue(both.contains("On 2 cores: With 2 carriers") && both.contains("cores 2, tasks 3) = 2x"), both);
    }

    @Test
    void anUnexpectedOneCarrierResultIsReportedAsSuch() {
        String note = CalculateAllNotes.oneCarrier(cell("virtual", 1, 2000, 1.5, Verdict.HELPS, N));
        assertTrue(note.contains("not the no-effect expected"), note);
    }

    @Test
    void timeSlicingIsNotClaimedWhenTheTwoCellsGotUnequalCpu() {
        var wall = dev.loomshowcase.engine.Stats.of(4000, 4000, 4000);
        var starved = new CellResult(ThreadModel.VIRTUAL, 2, wall, wall, 0.19, 0.7, Verdict.INCONCLUSIVE, "test", null, N);
        var perTaskWall = dev.loomshowcase.engine.Stats.of(2500, 2500, 2500);
        var fed = new CellResult(ThreadModel.PLATFORM_PER_TASK, 2, perTaskWall, perTaskWall, 0.6, 1.2, Verdict.HELPS, "test", null, N);
        String note = CalculateAllNotes.timeSlicing(List.of(starved, fed), 2, 1000).orElseThrow();
        assertTrue(note.startsWith("Cannot tell in this run") && note.contains("19% vs 60%"), note);
    }

    @Test
    void moreCarriersThanCoresAreTimeSlicedByTheOsSoTheCeilingIsTheCores() {
        CellSpec four = new CellSpec("calculate-all", dev.loomshowcase.engine.ThreadModel.VIRTUAL, 4, 0, 1, java.util.Map.of("cores", "2"));
        CellSpec two = new CellSpec("calculate-all", dev.loomshowcase.engine.ThreadModel.VIRTUAL, 2, 0, 1, java.util.Map.of("cores", "2"));
        CellSpec twoOnOne = new CellSpec("calculate-all", dev.loomshowcase.engine.ThreadModel.VIRTUAL, 2, 0, 1, java.util.Map.of("cores", "1"));
        assertEquals(2.0, CalculateAllScenario.ceiling(four).orElseThrow().speedup(), 1e-9, "3 carriers busy on 2 cores: 1.5 calls' time");
        assertEquals(1.5, CalculateAllScenario.ceiling(two).orElseThrow().speedup(), 1e-9, "2 carriers, 3 tasks: 2 rounds");
        assertEquals(1.0, CalculateAllScenario.ceiling(twoOnOne).orElseThrow().speedup(), 1e-9, "2 carriers on 1 core: no parallelism");
    }
}
