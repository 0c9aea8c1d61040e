package dev.loomshowcase.engine;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behaviour every thread model must share: results in task order, failures propagated, threads of the right kind. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TaskRunnerTest {

    @ParameterizedTest
    @EnumSource(ThreadModel.class)
    void resultsComeBackInTaskOrder(ThreadModel model) throws Exception {
        List<Callable<Integer>> tasks = List.of(() -> 1, () -> 2, () -> 3, () -> 4);
        assertEquals(List.of(1, 2, 3, 4), model.runner(2).runAll(tasks));
    }

    @ParameterizedTest
    @EnumSource(ThreadModel.class)
    void aTaskFailureSurfacesAsTheTasksOwnException(ThreadModel model) {
        List<Callable<Integer>> tasks = List.of(() -> 1, () -> {
            throw new IOException("downstream down");
        });
        var e = assertThrows(IOException.class, () -> model.runner(2).runAll(tasks));
        assertEquals("downstream down", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = ThreadModel.class, names = {"VIRTUAL", "VIRTUAL_BOUNDED"})
    void virtualModelsRunTasksOnVirtualThreads(ThreadModel model) throws Exception {
        List<Callable<Boolean>> tasks = List.of(() -> Thread.currentThread().isVirtual());
        assertEquals(List.of(true), model.runner(1).runAll(tasks));
    }

    @ParameterizedTest
    @EnumSource(value = ThreadModel.class, names = {"SEQUENTIAL", "PLATFORM_POOL", "PLATFORM_PER_TASK"})
    void platformModelsRunTasksOnPlatformThreads(ThreadModel model) throws Exception {
        List<Callable<Boolean>> tasks = List.of(() -> Thread.currentThread().isVirtual());
        assertEquals(List.of(false), model.runner(1).runAll(tasks));
    }

    @ParameterizedTest
    @EnumSource(value = ThreadModel.class, names = {"VIRTUAL", "PLATFORM_PER_TASK"})
    void unboundedModelsRunAllTasksAtOnce(ThreadModel model) throws Exception {
        int n = 5;
        CountDownLatch allStarted = new CountDownLatch(n);
        Callable<Boolean> task = () -> {
            allStarted.countDown();
            return allStarted.await(10, TimeUnit.SECONDS);
        };
        assertEquals(java.util.Collections.nCopies(n, true), model.runner(1).runAll(java.util.Collections.nCopies(n, task)));
    }

    @ParameterizedTest
    @EnumSource(value = ThreadModel.class, names = {"VIRTUAL", "PLATFORM_POOL", "PLATFORM_PER_TASK", "VIRTUAL_BOUNDED"})
    void failureCancelsSiblingsInsteadOfAwaitingThem(ThreadModel model) {
        AtomicBoolean siblingInterrupted = new AtomicBoolean();
        CountDownLatch siblingWaiting = new CountDownLatch(1);
        List<Callable<Object>> tasks = List.of(
                () -> {
                    siblingWaiting.countDown();
                    try {
                        new CountDownLatch(1).await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        siblingInterrupted.set(true);
                        throw e;
                    }
                    return "late";
                },
                () -> {
                    siblingWaiting.await(10, TimeUnit.SECONDS);
                    throw new IllegalStateException("fails fast");
                });
        long start = System.nanoTime();
        assertThrows(IllegalStateException.class, () -> model.runner(2).runAll(tasks));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 10, model + " waited " + seconds + " s for a sibling it should have cancelled");
        assertTrue(siblingInterrupted.get(), model + " did not interrupt the sibling");
    }
}
