package dev.loomshowcase.scenes.million;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A ThreadLocal cache costs a copy per virtual thread; a ScopedValue shares one object. */
@Tag("slow")
@Timeout(120)
class PerThreadCacheWorkloadTest {

    private static final int THREADS = 20_000;

    private static Map<String, Object> run(boolean threadLocal) throws Exception {
        var workload = new PerThreadCacheWorkload(threadLocal, THREADS);
        workload.verify(workload.runRepetition(dev.loomshowcase.engine.ThreadModel.SEQUENTIAL.runner(1)));
        return workload.extras();
    }

    @Test
    void threadLocalCostsAboutOneObjectPerThreadMoreThanAScopedValue() throws Exception {
        Map<String, Object> local = run(true);
        Map<String, Object> scoped = run(false);
        double extra = (Double) local.get("heapBytesPerThread") - (Double) scoped.get("heapBytesPerThread");
        assertTrue(extra > 0.5 * PerThreadCacheWorkload.OBJECT_BYTES && extra < 4 * PerThreadCacheWorkload.OBJECT_BYTES,
                "ThreadLocal minus ScopedValue heap per thread should be about one 1 KB object, was " + extra + " B: " + local + " / " + scoped);
        assertEquals("thread-local", local.get("case"));
        assertEquals("scoped-value", scoped.get("case"));
        assertEquals((long) THREADS * PerThreadCacheWorkload.OBJECT_BYTES, local.get("bytesSeen"));
    }
}
