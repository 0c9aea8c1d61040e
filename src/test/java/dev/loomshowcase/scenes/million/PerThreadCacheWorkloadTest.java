package dev.loomshowcase.scenes.million;

import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellRunner;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ChildJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A ThreadLocal cache costs a copy per virtual thread; a ScopedValue shares one object. Each case is
 * measured in its own child JVM, as the scene measures it: in the test JVM, what earlier tests leave
 * behind (servers, pools, soft references) moves the heap by as much as the 20 MB being measured.
 */
@Tag("slow")
@Timeout(120)
class PerThreadCacheWorkloadTest {

    private static final int THREADS = 20_000;

    @Test
    void threadLocalCostsAboutOneObjectPerThreadMoreThanAScopedValue() throws Exception {
        List<Map<String, Object>> measured = measure(PerThreadCacheJudge.cells(1, THREADS));
        Map<String, Object> local = measured.get(0);
        Map<String, Object> scoped = measured.get(1);
        double extra = number(local, "heapBytesPerThread") - number(scoped, "heapBytesPerThread");
        assertTrue(extra > 0.5 * PerThreadCacheWorkload.OBJECT_BYTES && extra < 4 * PerThreadCacheWorkload.OBJECT_BYTES,
                "ThreadLocal minus ScopedValue heap per thread should be about one 1 KB object, was " + extra + " B: " + local + " / " + scoped);
        assertEquals("thread-local", local.get("case"));
        assertEquals("scoped-value", scoped.get("case"));
        assertEquals((double) THREADS * PerThreadCacheWorkload.OBJECT_BYTES, number(local, "bytesSeen"));
    }

    private static List<Map<String, Object>> measure(List<CellSpec> cells) throws Exception {
        try (var children = new ChildJvm()) {
            CellRunner runner = CellRunner.forCurrentJvm(children);
            List<Map<String, Object>> extras = new java.util.ArrayList<>();
            for (CellSpec cell : cells) {
                CellOutcome outcome = runner.run(cell, Duration.ofSeconds(50));
                assertTrue(outcome.ok(), () -> cell + " failed: " + outcome.error());
                extras.add(outcome.report().extras());
            }
            return extras;
        }
    }

    private static double number(Map<String, Object> extras, String key) {
        return ((Number) extras.get(key)).doubleValue();
    }
}
