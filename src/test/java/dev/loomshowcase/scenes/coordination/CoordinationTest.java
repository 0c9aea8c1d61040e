package dev.loomshowcase.scenes.coordination;

import dev.loomshowcase.engine.ThreadModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The coordination scene's variants: same ends as one thread doing the steps, and as today's workload. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CoordinationTest {

    private static final int PAIRS = 3;
    private static final int HANDOFFS = 1_000;
    private static final int WORK = 5;

    @Test
    void sequentialEndsEachPairWhereItsChainOfStepsEnds() {
        List<Long> ends = Coordination.sequential(PAIRS, HANDOFFS, WORK);
        List<Long> chained = IntStream.rangeClosed(1, PAIRS).mapToObj(seed -> Coordination.chain(seed, 2L * HANDOFFS * WORK)).toList();
        assertEquals(chained, ends);
        assertEquals(PAIRS, ends.stream().distinct().count(), "each pair starts from its own seed");
    }

    @Test
    void everyVariantEndsWhereSequentialDoes() throws Exception {
        List<Long> expected = Coordination.sequential(PAIRS, HANDOFFS, WORK);
        assertEquals(expected, Coordination.structured(PAIRS, HANDOFFS, WORK), "structured");
        for (int threads = 2; threads <= 2 * PAIRS; threads++) {
            assertEquals(expected, Coordination.fixedPool(PAIRS, HANDOFFS, WORK, threads), "fixed pool of " + threads);
        }
        assertEquals(expected, Coordination.threadPerTask(PAIRS, HANDOFFS, WORK), "thread per task");
    }

    @Test
    void aPoolOfOneThreadIsRefusedRatherThanDeadlocked() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Coordination.fixedPool(PAIRS, HANDOFFS, WORK, 1));
        assertEquals("a ping-pong needs a pool of at least 2 threads, got 1", refused.getMessage());
    }

    @Test
    void sequentialGivesWhatTheSequentialWorkloadComputesAndPasses() throws Exception {
        var workload = new CoordinationWorkload(PAIRS, HANDOFFS, WORK, ThreadModel.SEQUENTIAL, 1);
        List<Object> computed = workload.runRepetition(ThreadModel.SEQUENTIAL.runner(1));
        List<Long> shown = Coordination.sequential(PAIRS, HANDOFFS, WORK);
        assertEquals(computed, List.copyOf(shown));
        workload.verify(List.copyOf(shown));
    }

    /** The workload's tasks run both sides of each pair; the first (serve) side ends where the variant's pair ends. */
    @Test
    void structuredEndsWhereTheWorkloadsPairsEnd() throws Exception {
        var workload = new CoordinationWorkload(PAIRS, HANDOFFS, WORK, ThreadModel.VIRTUAL, 2);
        List<Object> bothSides = ThreadModel.VIRTUAL.runner(2).runAll(workload.tasks());
        List<Object> serveSides = IntStream.range(0, PAIRS).mapToObj(pair -> bothSides.get(2 * pair)).toList();
        workload.verify(serveSides);
        assertEquals(serveSides, List.copyOf(Coordination.structured(PAIRS, HANDOFFS, WORK)));
    }
}
