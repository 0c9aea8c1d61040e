package dev.loomshowcase.scenes.sum;

import dev.loomshowcase.engine.ThreadModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArraySumTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 999, 1000, 1001, 123_457})
    void closedFormMatchesTheArray(int size) {
        assertEquals(Arrays.stream(ArraySum.numbers(size)).asLongStream().sum(), ArraySum.expectedSum(size));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 16})
    void slicesCoverTheArrayWhateverTheSplit(int parts) throws Exception {
        int[] numbers = ArraySum.numbers(1001);
        long total = 0;
        for (var slice : ArraySum.slices(numbers, parts)) {
            total += slice.call();
        }
        assertEquals(ArraySum.expectedSum(1001), total);
        assertEquals(ArraySum.expectedSum(1001), ArraySum.splitSum(ThreadModel.VIRTUAL.runner(2), numbers, parts));
    }

    @Test
    void rejectsZeroSlices() {
        assertThrows(IllegalArgumentException.class, () -> ArraySum.slices(new int[10], 0));
    }

    @Test
    void sumWorkloadRepeatsCheckedSumsForAboutItsTarget() throws Exception {
        var workload = new SumWorkload(10_000, 2, ThreadModel.VIRTUAL, 2, 5);
        assertTrue(workload.sumsPerRepetition() >= 1);
        List<Object> results = List.of(workload.tasks().getFirst().call());
        workload.verify(results);
        assertEquals(workload.sumsPerRepetition(), results.getFirst());
        assertEquals(10_000, workload.extras().get("size"));
        assertEquals(2, workload.extras().get("parts"));
        assertThrows(IllegalStateException.class, () -> workload.verify(List.of(-1)));
    }

    @Test
    void sumWorkloadRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new SumWorkload(0, 1, ThreadModel.SEQUENTIAL, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> new SumWorkload(10, 0, ThreadModel.SEQUENTIAL, 1, 5));
    }
}
