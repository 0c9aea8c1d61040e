package dev.loomshowcase.scenes.coordination;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import dev.loomshowcase.engine.ThreadModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CoordinationWorkloadTest {

    @ParameterizedTest
    @EnumSource(value = ThreadModel.class, names = {"SEQUENTIAL", "VIRTUAL", "PLATFORM_POOL", "PLATFORM_PER_TASK", "ASYNC"})
    void everyModelComputesTheSameChainAsOneThread(ThreadModel model) throws Exception {
        var workload = new CoordinationWorkload(2, 500, 3, model, 4);
        List<Object> results = workload.runRepetition(model.runner(4));
        workload.verify(results);
        assertEquals(2, results.size(), "one end per pair");
        assertEquals(Coordination.chain(1, 2L * 500 * 3), results.getFirst());
    }

    @Test
    void verifyRejectsAWrongValue() {
        var workload = new CoordinationWorkload(1, 10, 1, ThreadModel.SEQUENTIAL, 1);
        assertThrows(IllegalStateException.class, () -> workload.verify(List.of(42L)));
    }
}
