package dev.loomshowcase.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine judges from what a scenario declares: flip the numbers and the other verdict comes out. */
class ComparisonTest {

    private static final Comparison BY_THROUGHPUT =
            Comparison.of(ThreadModel.PLATFORM_POOL.id(), Metric.THROUGHPUT).matching("concurrency");

    /** A load cell: three windows of the given throughput (req/s) around {@code median}, at {@code concurrency} clients. */
    private static CellOutcome load(ThreadModel model, int concurrency, double median, double min, double max) {
        Map<String, Object> extras = Map.of("throughput", median, "throughputRange", Map.of("min", min, "max", max),
                "windows", List.of(Map.of(), Map.of(), Map.of()));
        List<Sample> samples = List.of(new Sample(10_000_000_000L, 1_000_000_000L));
        return CellOutcome.measured(new CellSpec("load", model, 2, 0, 1, Map.of("concurrency", Integer.toString(concurrency))),
                new ChildReport(samples, 2, extras));
    }

    private static CellOutcome timed(ThreadModel model, double... wallMs) {
        List<Sample> samples = java.util.Arrays.stream(wallMs).mapToObj(ms -> new Sample((long) (ms * 1e6), (long) (ms * 1e5))).toList();
        return CellOutcome.measured(new CellSpec("w", model, 2, 0, wallMs.length, Map.of()), new ChildReport(samples, 2, Map.of()));
    }

    @Test
    void throughputAboveTheBaselinesHelpsAndTheSameNumbersSwappedHurt() {
        var helps = Analysis.analyse(List.of(load(ThreadModel.PLATFORM_POOL, 100, 100, 95, 105),
                load(ThreadModel.VIRTUAL, 100, 300, 290, 310)), BY_THROUGHPUT);
        var hurts = Analysis.analyse(List.of(load(ThreadModel.PLATFORM_POOL, 100, 300, 290, 310),
                load(ThreadModel.VIRTUAL, 100, 100, 95, 105)), BY_THROUGHPUT);
        assertEquals(Verdict.BASELINE, helps.get(0).verdict());
        assertEquals(Verdict.HELPS, helps.get(1).verdict(), helps.get(1).reason());
        assertEquals(3.0, helps.get(1).speedup(), 1e-9);
        assertTrue(helps.get(1).reason().contains("throughput"), helps.get(1).reason());
        assertEquals(Verdict.HURTS, hurts.get(1).verdict(), hurts.get(1).reason());
        assertEquals(1 / 3.0, hurts.get(1).speedup(), 1e-9);
    }

    @Test
    void overlappingThroughputRangesGiveNoVerdict() {
        var cells = Analysis.analyse(List.of(load(ThreadModel.PLATFORM_POOL, 100, 100, 60, 140),
                load(ThreadModel.VIRTUAL, 100, 130, 110, 150)), BY_THROUGHPUT);
        assertEquals(Verdict.INCONCLUSIVE, cells.get(1).verdict(), cells.get(1).reason());
        assertTrue(cells.get(1).reason().contains("overlap"), cells.get(1).reason());
    }

    @Test
    void theBaselineSharesTheDeclaredParameter() {
        var cells = Analysis.analyse(List.of(load(ThreadModel.PLATFORM_POOL, 10, 100, 95, 105),
                load(ThreadModel.PLATFORM_POOL, 100, 300, 290, 310),
                load(ThreadModel.VIRTUAL, 100, 300, 290, 310)), BY_THROUGHPUT);
        assertEquals(Verdict.NO_EFFECT, cells.get(2).verdict(), "compared with c=100's pool, not c=10's: " + cells.get(2).reason());
        assertEquals(1.0, cells.get(2).speedup(), 1e-9);
    }

    @Test
    void aCellWithoutItsBaselineIsNotJudged() {
        var cells = Analysis.analyse(List.of(load(ThreadModel.VIRTUAL, 100, 300, 290, 310)), BY_THROUGHPUT);
        assertEquals(Verdict.INCONCLUSIVE, cells.getFirst().verdict());
        assertNull(cells.getFirst().speedup());
        assertTrue(cells.getFirst().reason().contains("platform-pool"), cells.getFirst().reason());
    }

    @Test
    void wallTimeIsTheDefaultAndFlipsToo() {
        var faster = Analysis.analyse(List.of(timed(ThreadModel.SEQUENTIAL, 300, 310, 290), timed(ThreadModel.VIRTUAL, 100, 105, 95)),
                Comparison.SEQUENTIAL_WALL);
        var slower = Analysis.analyse(List.of(timed(ThreadModel.SEQUENTIAL, 100, 105, 95), timed(ThreadModel.VIRTUAL, 300, 310, 290)),
                Comparison.SEQUENTIAL_WALL);
        assertEquals(Verdict.HELPS, faster.get(1).verdict(), faster.get(1).reason());
        assertEquals(Verdict.HURTS, slower.get(1).verdict(), slower.get(1).reason());
    }

    @Test
    void aDeclaredCeilingFlagsASpeedupBeyondIt() {
        var comparison = Comparison.SEQUENTIAL_WALL.withCeilings(spec -> Optional.of(new Ceiling(1.5, "3 tasks on 2 carriers")));
        var cells = Analysis.analyse(List.of(timed(ThreadModel.SEQUENTIAL, 300, 310, 290), timed(ThreadModel.VIRTUAL, 100, 105, 95)),
                comparison);
        assertEquals(Verdict.INCONCLUSIVE, cells.get(1).verdict());
        assertTrue(cells.get(1).reason().contains("ceiling"), cells.get(1).reason());
    }

    @Test
    void countedBytesAreJudgedOnOneValueTimedOnesAreNot() {
        var heap = Comparison.of("thread-local", Metric.HEAP_BYTES);
        Stats big = Stats.of(2000);
        Stats small = Stats.of(1000);
        assertEquals(Verdict.HELPS, heap.verdict(big, small));
        assertEquals(Verdict.HURTS, heap.verdict(small, big));
        assertEquals(Verdict.INCONCLUSIVE, Comparison.SEQUENTIAL_WALL.verdict(big, small),
                "one timed value each has no range to tell a difference from noise");
    }

    @Test
    void theBandEdgeIsTheEngines() {
        var heap = Comparison.of("thread-local", Metric.HEAP_BYTES);
        assertEquals(Verdict.NO_EFFECT, heap.verdict(Stats.of(1080), Stats.of(1000)), "1.08x");
        assertEquals(Verdict.HELPS, heap.verdict(Stats.of(1120), Stats.of(1000)), "1.12x");
    }

    @Test
    void aCaseCanBeTheBaseline() {
        var heap = Comparison.of("thread-local", Metric.HEAP_BYTES);
        assertTrue(heap.isBaseline(new CellSpec("w", ThreadModel.VIRTUAL, 1, 0, 1, Map.of("case", "thread-local"))));
        assertTrue(!heap.isBaseline(new CellSpec("w", ThreadModel.VIRTUAL, 1, 0, 1, Map.of("case", "scoped-value"))));
    }
}
