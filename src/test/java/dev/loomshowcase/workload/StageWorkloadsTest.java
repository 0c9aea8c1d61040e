package dev.loomshowcase.workload;

import dev.loomshowcase.scenes.sum.ArraySum;
import dev.loomshowcase.scenes.sum.SplitSumWorkload;
import dev.loomshowcase.scenes.traps.CpuTasksWorkload;
import dev.loomshowcase.scenes.traps.TinyTasksWorkload;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.engine.Workloads;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The traps' workloads do the same work in every cell, and catch a wrong answer. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StageWorkloadsTest {

    private static List<Object> runInline(Workload w) throws Exception {
        List<Object> results = new ArrayList<>();
        for (Callable<Object> task : w.tasks()) {
            results.add(task.call());
        }
        return results;
    }

    @Test
    void theSplitSumCutsTheArrayIntoOneSlicePerCarrierAndKeepsTheTotal() throws Exception {
        Map<String, String> params = Map.of("size", "1001");
        Workload whole = Workloads.create(new CellSpec(SplitSumWorkload.NAME, ThreadModel.SEQUENTIAL, 1, 0, 1, params));
        Workload split = Workloads.create(new CellSpec(SplitSumWorkload.NAME, ThreadModel.PLATFORM_PER_TASK, 3, 0, 1, params));
        assertEquals(1, whole.tasks().size());
        assertEquals(3, split.tasks().size());
        List<Object> parts = runInline(split);
        assertEquals(ArraySum.expectedSum(1001), parts.stream().mapToLong(r -> (Long) r).sum());
        split.verify(parts);
        assertThrows(IllegalStateException.class, () -> split.verify(List.of(1L)));
    }

    @Test
    void tinyTasksSumTheirOwnRun() throws Exception {
        Workload tiny = Workloads.create(new CellSpec(TinyTasksWorkload.NAME, ThreadModel.VIRTUAL, 1, 0, 1,
                Map.of("tasks", "20", "size", "50")));
        List<Object> results = runInline(tiny);
        assertEquals(20, results.size());
        assertEquals(TinyTasksWorkload.sum(3, 50), results.get(3));
        tiny.verify(results);
    }

    @Test
    void cpuTasksAreEqualAndTheBurnerScalesWithTheAskedTime() throws Exception {
        Workload cpu = Workloads.create(new CellSpec(CpuTasksWorkload.NAME, ThreadModel.VIRTUAL, 2, 0, 1,
                Map.of("tasks", "4", "iterations", "1000")));
        cpu.verify(runInline(cpu));
        CpuBurner burner = CpuBurner.withSpeed(1000);
        assertEquals(CpuBurner.burn(5000), burner.burnMs(5));
        assertTrue(CpuBurner.calibrated().iterationsPerMs() > 0);
    }
}
