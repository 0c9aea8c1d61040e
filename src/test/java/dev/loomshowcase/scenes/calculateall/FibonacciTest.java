package dev.loomshowcase.scenes.calculateall;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FibonacciTest {

    @Test
    void recursiveAndIterativeAgree() {
        for (int n = 0; n <= 25; n++) {
            assertEquals(Fibonacci.iterative(n), CalculateAll.fibonacci(n), "fib(" + n + ")");
        }
        assertEquals(102_334_155L, Fibonacci.iterative(40));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 61, 1000})
    void rejectsAnNOutsideTheRange(int n) {
        var error = assertThrows(IllegalArgumentException.class, () -> Fibonacci.requireValidN(n));
        assertTrue(error.getMessage().contains("1..60"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CalculateAllWorkload(n, null));
    }

    @Test
    void calculateAllRunsThreeEqualCallsAndChecksThem() throws Exception {
        var workload = new CalculateAllWorkload(20, "test");
        var tasks = workload.tasks();
        assertEquals(3, tasks.size());
        List<Object> results = List.of(tasks.get(0).call(), tasks.get(1).call(), tasks.get(2).call());
        assertEquals(List.of(6765L, 6765L, 6765L), results);
        workload.verify(results);
        assertThrows(IllegalStateException.class, () -> workload.verify(List.of(6765L, 6765L, 1L)));
        assertThrows(IllegalStateException.class, () -> workload.verify(List.of(6765L, 6765L)));
        assertEquals(20, workload.extras().get("n"));
    }
}
