package dev.loomshowcase.scenes.payments;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.TaskRunner;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PaymentsWorkloadTest {

    @Test
    void signsEveryPaymentAndReportsLatencyAndSwitchesOfMeasuredBatchesOnly() throws Exception {
        var workload = new PaymentsWorkload(40);
        TaskRunner runner = ThreadModel.VIRTUAL_BOUNDED.runner(2);
        assertTrue(workload.extras().get("latencyMs") == null, "nothing recorded before any batch");
        workload.verify(runner.runAll(workload.tasks()));
        assertTrue(workload.extras().get("latencyMs") == null, "the warm-up batch is not recorded");
        workload.beginMeasurement();
        workload.verify(runner.runAll(workload.tasks()));
        Map<?, ?> latency = (Map<?, ?>) workload.extras().get("latencyMs");
        double p50 = ((Number) latency.get("p50")).doubleValue();
        double p99 = ((Number) latency.get("p99")).doubleValue();
        assertTrue(p50 > 0 && p50 <= p99, "p50 " + p50 + " p99 " + p99);
        assertEquals(40, workload.extras().get("payments"));
        Map<?, ?> switches = (Map<?, ?>) workload.extras().get("contextSwitches");
        assertTrue(((Number) switches.get("voluntary")).longValue() >= 0, switches.toString());
    }

    @Test
    void typedExtrasKeepTheirJsonFieldNamesAndLeaveOutWhatWasNotMeasured() {
        var measured = new PaymentsExtras(1000, 12_000, new PaymentsExtras.Latency(1.5, 3.0, 4.0), new PaymentsExtras.Switches(7, 9));
        assertEquals(Map.of("payments", 1000, "jitWarmupSignatures", 12_000,
                "latencyMs", Map.of("p50", 1.5, "p99", 3.0, "max", 4.0),
                "contextSwitches", Map.of("voluntary", 7L, "involuntary", 9L)), measured.toMap());
        assertEquals(Map.of("payments", 3, "jitWarmupSignatures", 0), new PaymentsExtras(3, 0, null, null).toMap());
        var withThroughput = new java.util.HashMap<>(measured.toMap());
        withThroughput.put("throughput", 660);
        assertEquals(measured, PaymentsExtras.from(withThroughput));
    }

    @Test
    void aMissingOrForgedSignatureFailsTheBatch() throws Exception {
        var workload = new PaymentsWorkload(3);
        List<Object> results = new ArrayList<>(ThreadModel.SEQUENTIAL.runner(1).runAll(workload.tasks()));
        workload.verify(results);
        results.set(2, results.get(0));
        assertThrows(IllegalStateException.class, () -> workload.verify(results));
        assertThrows(IllegalStateException.class, () -> workload.verify(results.subList(0, 2)));
        assertThrows(IllegalArgumentException.class, () -> new PaymentsWorkload(0));
    }

    @Test
    void contextSwitchesCountThreadsThatHaveEnded() throws InterruptedException {
        ContextSwitches before = ContextSwitches.now().orElseThrow(() -> new AssertionError("getrusage unavailable on Linux"));
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int park = 0; park < 5; park++) {
                    LockSupport.parkNanos(200_000);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        ContextSwitches delta = ContextSwitches.now().orElseThrow().minus(before);
        // 100 parks by threads that have all ended: /proc/self/status would show none of them.
        assertTrue(delta.voluntary() >= 50, "voluntary switches " + delta);
    }
}
