package dev.loomshowcase.workload;

import dev.loomshowcase.scenes.SceneRegistry;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The async twins against the stubs (calls 500 ms): on an executor of ONE thread the three calls of
 * fetch-all still overlap, as virtual threads' do on one carrier; mixed and payments give the same
 * answers their blocking workloads check.
 */
@Tag("slow")
@Timeout(60)
class AsyncWorkloadsTest {

    private static final double SCALE = 0.5;
    private static StubServer stubs;

    @BeforeAll
    static void startStubs() {
        stubs = StubServer.start(StubDirectory.locate(), 0, SCALE);
    }

    @AfterAll
    static void stopStubs() {
        stubs.close();
    }

    private static Workload twin(String workload, int carriers, Map<String, String> params) {
        CellSpec spec = new CellSpec(AsyncTwin.nameOf(workload), ThreadModel.ASYNC, carriers, 0, 1, params);
        return new SceneRegistry().workloads().get(spec.workload()).apply(spec);
    }

    @Test
    void fetchAllOverlapsItsThreeWaitsOnOneThread() throws Exception {
        try (Workload workload = twin("fetch-all", 1, Map.of("stubs", stubs.baseUrl().toString(), "user", "1"))) {
            workload.verify(workload.runRepetition(null)); // warm-up: connections, class loading
            long t0 = System.nanoTime();
            List<Object> results = workload.runRepetition(null);
            double ms = (System.nanoTime() - t0) / 1e6;
            workload.verify(results);
            double call = 1000 * SCALE;
            assertTrue(ms < 2 * call, "three " + call + " ms calls should overlap into about one, took " + ms + " ms");
        }
    }

    @Test
    void mixedAndPaymentsGiveWhatTheirBlockingWorkloadsCheck() throws Exception {
        try (Workload mixed = twin("mixed", 2, Map.of("stubs", stubs.baseUrl().toString(), "tasks", "4", "rounds", "50"))) {
            List<Object> digests = mixed.runRepetition(null);
            mixed.verify(digests);
            assertEquals(4, digests.size());
        }
        try (Workload payments = twin("payments", 2, Map.of("payments", "20", "jitWarmup", "0"))) {
            payments.verify(payments.runRepetition(null));
        }
    }
}
