package dev.loomshowcase.engine;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The thread models new to the CPU-bound scenarios: platform-per-task and virtual-bounded, with the
 * pool as the bounded platform counterpart. Each runs from a platform and from a virtual caller.
 */
@Tag("slow")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ThreadModelsTest {

    private static final int TASKS = 24;
    private static final int BOUND = 3;

    static Stream<ThreadFactory> callers() {
        return Stream.of(Thread.ofPlatform().factory(), Thread.ofVirtual().factory());
    }

    static Stream<Arguments> boundedModelsAndCallers() {
        return Stream.of(ThreadModel.VIRTUAL_BOUNDED, ThreadModel.PLATFORM_POOL)
                .flatMap(model -> callers().map(caller -> Arguments.of(model, caller)));
    }

    static Stream<Arguments> unboundedModelsAndCallers() {
        return Stream.of(ThreadModel.VIRTUAL, ThreadModel.PLATFORM_PER_TASK)
                .flatMap(model -> callers().map(caller -> Arguments.of(model, caller)));
    }

    /** Runs {@code tasks} with the model's runner on a thread from {@code caller}, and returns the results. */
    private static <T> List<T> runOn(ThreadFactory caller, TaskRunner runner, List<Callable<T>> tasks) throws Exception {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = caller.newThread(() -> {
            try {
                outcome.set(runner.runAll(tasks));
            } catch (Exception e) {
                outcome.set(e);
            }
        });
        thread.start();
        thread.join(java.time.Duration.ofSeconds(30));
        assertFalse(thread.isAlive(), "runAll did not return within 30 s");
        if (outcome.get() instanceof Exception e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<T> results = (List<T>) outcome.get();
        return results;
    }

    @ParameterizedTest
    @MethodSource("boundedModelsAndCallers")
    void neverMoreThanTheBoundInFlightAndTheBoundIsReached(ThreadModel model, ThreadFactory caller) throws Exception {
        var probe = new InFlightProbe(BOUND, 5_000);
        List<Integer> results = runOn(caller, model.runner(BOUND), probe.tasks(TASKS));
        assertEquals(IntStream.range(0, TASKS).boxed().toList(), results, "results in task order");
        assertTrue(probe.maxInFlight() <= BOUND, model.id() + " let " + probe.maxInFlight() + " tasks in at once, bound " + BOUND);
        assertEquals(BOUND, probe.maxInFlight(), model.id() + " never filled its bound (the check would be vacuous)");
        assertEquals(0, probe.inFlightNow());
    }

    @ParameterizedTest
    @MethodSource("boundedModelsAndCallers")
    void aBoundedModelCannotReachMoreThanItsBound(ThreadModel model, ThreadFactory caller) throws Exception {
        var probe = new InFlightProbe(BOUND + 1, 300);
        runOn(caller, model.runner(BOUND), probe.tasks(BOUND + 1));
        assertFalse(probe.targetReached(), model.id() + " admitted " + (BOUND + 1) + " tasks at once");
        assertEquals(BOUND, probe.maxInFlight());
    }

    @ParameterizedTest
    @MethodSource("unboundedModelsAndCallers")
    void unboundedModelsHaveEveryTaskInFlightAtOnce(ThreadModel model, ThreadFactory caller) throws Exception {
        var probe = new InFlightProbe(TASKS, 10_000);
        runOn(caller, model.runner(1), probe.tasks(TASKS));
        assertTrue(probe.targetReached(), model.id() + " did not run all " + TASKS + " tasks at once");
        assertEquals(TASKS, probe.maxInFlight(), "control: an unbounded model exceeds any bound below the task count");
    }

    @Test
    void platformPerTaskStartsOneNewOsThreadPerTask() throws Exception {
        Map<Thread, Boolean> threads = new ConcurrentHashMap<>();
        List<Callable<Boolean>> tasks = IntStream.range(0, 8).<Callable<Boolean>>mapToObj(i -> () -> {
            threads.put(Thread.currentThread(), true);
            return Thread.currentThread().isVirtual();
        }).toList();
        List<Boolean> virtual = ThreadModel.PLATFORM_PER_TASK.runner(2).runAll(tasks);
        assertEquals(List.of(false, false, false, false, false, false, false, false), virtual);
        assertEquals(8, threads.size(), "one thread per task, none reused");
        // close() returns once every task is done; each thread exits just after its task, so poll briefly
        org.awaitility.Awaitility.await("every task thread ends after runAll")
                .atMost(java.time.Duration.ofSeconds(5))
                .until(() -> threads.keySet().stream().noneMatch(Thread::isAlive));
    }

    @Test
    void virtualBoundedRunsTasksOnVirtualThreads() throws Exception {
        List<Callable<Boolean>> tasks = List.of(() -> Thread.currentThread().isVirtual(), () -> Thread.currentThread().isVirtual());
        assertEquals(List.of(true, true), ThreadModel.VIRTUAL_BOUNDED.runner(1).runAll(tasks));
    }

    @ParameterizedTest
    @MethodSource("dev.loomshowcase.engine.ThreadModelsTest#newModels")
    void aFailingTaskFailsTheBatchWithItsOwnException(ThreadModel model) {
        List<Callable<Integer>> tasks = List.of(() -> 1, () -> {
            throw new IllegalStateException("card declined");
        }, () -> 3);
        var error = assertThrows(IllegalStateException.class, () -> model.runner(2).runAll(tasks));
        assertEquals("card declined", error.getMessage());
    }

    static Stream<ThreadModel> newModels() {
        return Stream.of(ThreadModel.PLATFORM_PER_TASK, ThreadModel.VIRTUAL_BOUNDED);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void zeroOrNegativeBoundsAndCarriersAreRejected(int bad) {
        assertThrows(IllegalArgumentException.class, () -> ThreadModel.VIRTUAL_BOUNDED.runner(bad));
        assertThrows(IllegalArgumentException.class, () -> ThreadModel.PLATFORM_POOL.runner(bad));
        assertThrows(IllegalArgumentException.class,
                () -> new CellSpec("calculate-all", ThreadModel.VIRTUAL, bad, 0, 1, Map.of()));
    }
}
