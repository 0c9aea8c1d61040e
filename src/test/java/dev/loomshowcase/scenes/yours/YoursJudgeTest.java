package dev.loomshowcase.scenes.yours;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classification at its thresholds, and each sentence flipped: the same cells with the numbers
 * turned the other way must give the other sentence, and a cause is named only beside its number.
 */
class YoursJudgeTest {

    private static final YoursJudge JUDGE = new YoursJudge(2, 10);

    /** A cell with wall median {@code wall} (spread +-2%), CPU median {@code cpu}, against a sequential median. */
    private static CellResult cell(String model, int carriers, double wall, double cpu, double sequentialWall,
                                   Verdict verdict, Map<String, Object> extras) {
        Stats w = Stats.of(wall * 0.98, wall, wall * 1.02);
        return new CellResult(ThreadModel.of(model), carriers, w, Stats.of(cpu), null, sequentialWall / wall, verdict, "test", null, extras);
    }

    private static CellResult sequential(double wall, double cpu) {
        return cell("sequential", 1, wall, cpu, wall, Verdict.BASELINE, Map.of());
    }

    /** An I/O-bound batch: 1000 ms one after another, 10 ms of CPU; virtual threads overlap the waits. */
    private static List<CellResult> waiting() {
        return List.of(sequential(1000, 10),
                cell("virtual", 1, 110, 10, 1000, Verdict.HELPS, Map.of()),
                cell("virtual", 2, 108, 10, 1000, Verdict.HELPS, Map.of()),
                cell("platform-pool", 2, 520, 10, 1000, Verdict.HELPS, Map.of()),
                cell("platform-per-task", 2, 115, 12, 1000, Verdict.HELPS, Map.of()));
    }

    /** A CPU-bound batch: busy all the time; one carrier gives nothing, two give about 2x. */
    private static List<CellResult> computing() {
        return List.of(sequential(1000, 990),
                cell("virtual", 1, 1010, 1000, 1000, Verdict.NO_EFFECT, Map.of()),
                cell("virtual", 2, 520, 1020, 1000, Verdict.HELPS, Map.of()),
                cell("platform-pool", 2, 530, 1030, 1000, Verdict.HELPS, Map.of()),
                cell("platform-per-task", 2, 540, 1040, 1000, Verdict.HELPS, Map.of()));
    }

    @Test
    void classifiesByTheSequentialCpuShareAtItsThresholds() {
        assertEquals(TaskClass.IO_BOUND, JUDGE.classify(List.of(sequential(1000, 300))));
        assertEquals(TaskClass.MIXED, JUDGE.classify(List.of(sequential(1000, 301))));
        assertEquals(TaskClass.MIXED, JUDGE.classify(List.of(sequential(1000, 599))));
        assertEquals(TaskClass.CPU_BOUND, JUDGE.classify(List.of(sequential(1000, 600))));
    }

    @Test
    void timeWaitingForACoreOthersHeldIsNotTheTasksOwn() {
        CellResult stretched = new CellResult(ThreadModel.SEQUENTIAL, 1, Stats.of(1000), Stats.of(500), null, 1.0, Verdict.BASELINE,
                "test", null, Map.of("runQueueMs", 450.0));
        assertEquals(TaskClass.CPU_BOUND, JUDGE.classify(List.of(stretched)));
        assertTrue(JUDGE.answer(List.of(stretched)).bound().contains("of which 450 ms waiting for a core"));
    }

    @Test
    void moreThreadsSlowerBeyondTheNoiseIsCoordinationBoundWhateverTheShare() {
        List<CellResult> contended = List.of(sequential(1000, 990),
                cell("virtual", 1, 1000, 990, 1000, Verdict.NO_EFFECT, Map.of()),
                cell("virtual", 2, 3000, 2000, 1000, Verdict.HURTS, Map.of()));
        YoursAnswer answer = JUDGE.answer(contended);
        assertEquals(TaskClass.COORDINATION_BOUND, answer.classification());
        assertTrue(answer.bound().startsWith("Coordination-bound: with more threads it got slower (virtual@2 0.33x of virtual@1 "
                + "(2940..3060 ms against 980..1020 ms))"), answer.bound());
        assertEquals(List.of("slower with more threads: virtual@2 0.33x of virtual@1 (2940..3060 ms against 980..1020 ms)",
                "slower with more threads: virtual@2 0.33x of sequential@1 (2940..3060 ms against 980..1020 ms)"), answer.where());
        assertTrue(answer.cores().startsWith("Parallelism on this machine's 2 cores: no, it hurt"), answer.cores());
    }

    @Test
    void onABusyMachineNoSlowDownIsJudgedAsContention() {
        CellResult stretched = new CellResult(ThreadModel.SEQUENTIAL, 1, Stats.of(1000), Stats.of(500), null, 1.0, Verdict.BASELINE,
                "test", null, Map.of("runQueueMs", 450.0));
        CellResult pool = cell("platform-pool", 2, 1500, 500, 1000, Verdict.HURTS, Map.of());
        YoursAnswer busy = JUDGE.answer(List.of(stretched, pool));
        assertEquals(TaskClass.CPU_BOUND, busy.classification());
        assertEquals("slower with more threads: platform-pool@2 0.67x of sequential@1 (1470..1530 ms against 1000..1000 ms)",
                busy.where().getFirst());
        assertTrue(busy.where().getLast().startsWith("the machine was busy: the sequential cell waited 450 ms of its 1000 ms"),
                busy.where().toString());
        CellResult quiet = new CellResult(ThreadModel.SEQUENTIAL, 1, Stats.of(1000), Stats.of(500), null, 1.0, Verdict.BASELINE,
                "test", null, Map.of("runQueueMs", 100.0));
        assertEquals(TaskClass.COORDINATION_BOUND, JUDGE.classify(List.of(quiet, pool)));
        List<CellResult> virtualSlower = List.of(stretched, cell("virtual", 1, 1000, 500, 1000, Verdict.NO_EFFECT, Map.of()),
                cell("virtual", 2, 1500, 500, 1000, Verdict.HURTS, Map.of()));
        assertEquals(TaskClass.CPU_BOUND, JUDGE.classify(virtualSlower));
        assertTrue(JUDGE.answer(virtualSlower).cores().contains("no, it was slower: 2 carriers ran the batch 0.67x as fast as 1 carrier "
                + "(1500 ms against 1000 ms); the machine was busy (see the notes), so this is not judged as contention"),
                JUDGE.answer(virtualSlower).cores());
    }

    @Test
    void oneCarrierSlowerIsNotMoreThreadsSlower() {
        List<CellResult> cells = List.of(sequential(1000, 990), cell("virtual", 1, 1300, 990, 1000, Verdict.HURTS, Map.of()));
        assertEquals(TaskClass.CPU_BOUND, JUDGE.classify(cells));
    }

    @Test
    void waitingTaskHelpedOnOneCoreSaysTheWaitsOverlapped() {
        YoursAnswer answer = JUDGE.answer(waiting());
        assertEquals(TaskClass.IO_BOUND, answer.classification());
        assertTrue(answer.bound().startsWith("I/O-bound: alone on one thread it kept it busy 1% of the time (sequential: 10 tasks in 1000 ms"),
                answer.bound());
        assertTrue(answer.oneCore().startsWith("Concurrency on one core: yes, 9.09x: on 1 carrier, 10 virtual threads took 110 ms"),
                answer.oneCore());
        assertTrue(answer.oneCore().contains("the waits overlapped (carrier busy 9%)"), answer.oneCore());
        assertTrue(answer.cores().contains("one carrier already overlapped the waits"), answer.cores());
    }

    @Test
    void computingTaskFlippedSaysNothingToOverlapOnOneCoreAndParallelOnTwo() {
        YoursAnswer answer = JUDGE.answer(computing());
        assertEquals(TaskClass.CPU_BOUND, answer.classification());
        assertTrue(answer.oneCore().startsWith("Concurrency on one core: no, 0.99x"), answer.oneCore());
        assertTrue(answer.oneCore().contains("the task computes (busy 99% alone), so there was nothing to overlap"), answer.oneCore());
        assertFalse(answer.oneCore().contains("overlapped"), answer.oneCore());
        assertTrue(answer.cores().startsWith("Parallelism on this machine's 2 cores: yes, 2 carriers ran the batch 1.94x"), answer.cores());
        assertTrue(answer.cores().contains("the carriers were busy 98%: the tasks computed in parallel"), answer.cores());
        assertTrue(answer.cores().contains("a pool of 2 platform threads: 1.89x"), answer.cores());
    }

    @Test
    void moreCarriersFasterWithoutCpuIsNotCalledParallel() {
        List<CellResult> cells = List.of(sequential(1000, 10),
                cell("virtual", 1, 1000, 10, 1000, Verdict.NO_EFFECT, Map.of()),
                cell("virtual", 2, 500, 10, 1000, Verdict.HELPS, Map.of()));
        String cores = JUDGE.answer(cells).cores();
        assertFalse(cores.contains("computed in parallel"), cores);
        assertTrue(cores.contains("with the carriers busy only 1% that is not computing in parallel"), cores);
    }

    @Test
    void waitingTaskNotHelpedByOneCarrierButByOsThreadsHoldsItsCarrier() {
        List<CellResult> pinned = List.of(sequential(1000, 10),
                cell("virtual", 1, 1000, 10, 1000, Verdict.NO_EFFECT, Map.of("pinnedEvents", 10,
                        "pinned", List.of(Map.of("count", 10, "pinnedReason", "Native or VM frame on stack",
                                "blockingOperation", "Thread.sleep", "stackTop", "acme.Native.compare:12", "totalMs", 500.0)))),
                cell("platform-per-task", 2, 110, 12, 1000, Verdict.HELPS, Map.of()));
        YoursAnswer answer = JUDGE.answer(pinned);
        assertTrue(answer.oneCore().contains("yet its waits did not overlap on one carrier, while a thread per task (OS threads) "
                + "was 9.09x: it holds its carrier while it waits"), answer.oneCore());
        assertTrue(answer.oneCore().contains("JFR saw 10 pinned event(s) on virtual@1 (see the notes)"), answer.oneCore());
        assertEquals("pinned on virtual@1: 10 event(s), Native or VM frame on stack, blocking in Thread.sleep, "
                + "at acme.Native.compare:12; carriers held 500.0 ms in all", answer.where().getFirst());
    }

    @Test
    void holdsItsCarrierOnlyWhenOsThreadsShowTheWaitsCanOverlap() {
        List<CellResult> cells = List.of(sequential(1000, 10),
                cell("virtual", 1, 1000, 10, 1000, Verdict.NO_EFFECT, Map.of()),
                cell("platform-per-task", 2, 1000, 12, 1000, Verdict.NO_EFFECT, Map.of()));
        String oneCore = JUDGE.answer(cells).oneCore();
        assertTrue(oneCore.contains("yet its waits did not overlap on one carrier."), oneCore);
        assertFalse(oneCore.contains("holds its carrier"), oneCore);
    }

    @Test
    void computingTaskHelpedOnOneCarrierBlamesTheMeasuredLoadNotOverlap() {
        CellResult stretched = new CellResult(ThreadModel.SEQUENTIAL, 1, Stats.of(2000), Stats.of(1000), null, 1.0, Verdict.BASELINE,
                "test", null, Map.of("runQueueMs", 1000.0));
        String oneCore = JUDGE.answer(List.of(stretched, cell("virtual", 1, 1000, 990, 2000, Verdict.HELPS, Map.of()))).oneCore();
        assertFalse(oneCore.contains("overlapped"), oneCore);
        assertTrue(oneCore.contains("the sequential cell waited 1000 ms for a core other threads held"), oneCore);
    }

    @Test
    void noisyCellsSayTheyCannotTell() {
        List<CellResult> cells = List.of(sequential(1000, 10), cell("virtual", 1, 800, 10, 1000, Verdict.INCONCLUSIVE, Map.of()));
        assertTrue(JUDGE.answer(cells).oneCore().startsWith("Concurrency on one core: can't tell, 1.25x"));
    }

    @Test
    void theCpuShareOfACellDividesByTheCarriersItCouldUseAtMostTheCores() {
        CellResult fourCarriers = cell("virtual", 4, 1000, 1000, 1000, Verdict.NO_EFFECT, Map.of());
        assertEquals(0.5, JUDGE.share(fourCarriers), 1e-9);
        assertEquals(0.25, new YoursJudge(8, 10).share(fourCarriers), 1e-9);
        CellResult perTask = cell("platform-per-task", 2, 1000, 1000, 1000, Verdict.NO_EFFECT, Map.of());
        assertEquals(0.5, JUDGE.share(perTask), 1e-9);
        assertEquals(1.0, new YoursJudge(8, 1).share(perTask), 1e-9);
    }

    @Test
    void oneCoreMachineSaysParallelismCannotHelpAndNoSequentialSaysNotMeasured() {
        assertTrue(new YoursJudge(1, 10).answer(computing()).cores().contains("has 1 core, so parallelism cannot help"));
        YoursAnswer none = JUDGE.answer(List.of());
        assertEquals(null, none.classification());
        assertTrue(none.bound().startsWith("not measured"));
    }
}
