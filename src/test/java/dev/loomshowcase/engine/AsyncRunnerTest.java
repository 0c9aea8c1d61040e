package dev.loomshowcase.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The async model's runner: supplyAsync on an executor of n threads, results in order, failures unwrapped. */
@Timeout(30)
class AsyncRunnerTest {

    @Test
    void runsEveryTaskOnAnExecutorOfNThreadsAndKeepsTheOrder() throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Callable<Integer>> tasks = IntStream.range(0, 50).<Callable<Integer>>mapToObj(i -> () -> {
            threads.add(Thread.currentThread().getName());
            return i * i;
        }).toList();
        List<Integer> results = ThreadModel.ASYNC.runner(2).runAll(tasks);
        assertEquals(IntStream.range(0, 50).map(i -> i * i).boxed().toList(), results);
        assertTrue(threads.size() <= 2 && threads.stream().allMatch(n -> n.startsWith("async-")), threads.toString());
    }

    @Test
    void theFirstFailureComesBackUnwrapped() {
        List<Callable<String>> tasks = List.of(() -> "fine", () -> {
            throw new IOException("downstream gone");
        });
        IOException e = assertThrows(IOException.class, () -> ThreadModel.ASYNC.runner(1).runAll(tasks));
        assertEquals("downstream gone", e.getMessage());
    }

    @Test
    void isNamedAsyncOnTheCommandLine() {
        assertEquals(ThreadModel.ASYNC, ThreadModel.of("async"));
    }
}
