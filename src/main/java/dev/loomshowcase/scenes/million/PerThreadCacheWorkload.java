package dev.loomshowcase.scenes.million;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.atomic.LongAdder;

/**
 * A per-thread cache multiplied by a million threads: each of {@code count} virtual threads reads a
 * 1 KB object either from a {@code ThreadLocal} (the habit of thread pools: each thread builds and
 * keeps its own) or from one shared object bound in a {@code ScopedValue} (JEP 506, final in 25).
 *
 * <p>Why: with a pool of 200 threads a per-thread cache costs 200 KB; with a virtual thread per task
 * it costs a copy per task, all alive at once. The threads are forked in one {@code StructuredTaskScope}
 * in both variants (a scoped value reaches only a scope's forks), and all stay alive until every one
 * has its value, so the heap is measured, after a full collection, with all of them holding it.
 */
public final class PerThreadCacheWorkload implements Workload {

    public static final String NAME = "per-thread-cache";
    /** The size of the cached object, as a per-thread buffer or formatter would be. */
    static final int OBJECT_BYTES = 1024;

    private static final ThreadLocal<byte[]> CACHE = ThreadLocal.withInitial(() -> new byte[OBJECT_BYTES]);
    private static final ScopedValue<byte[]> SHARED = ScopedValue.newInstance();

    private final boolean threadLocal;
    private final int count;
    private volatile Map<String, Object> extras = Map.of();

    PerThreadCacheWorkload(boolean threadLocal, int count) {
        this.threadLocal = threadLocal;
        this.count = count;
    }

    public static Workload fromSpec(CellSpec spec) {
        String variant = spec.param("case");
        if (!variant.equals("thread-local") && !variant.equals("scoped-value")) {
            throw new IllegalArgumentException("unknown per-thread cache case '" + variant + "' (thread-local, scoped-value)");
        }
        return new PerThreadCacheWorkload(variant.equals("thread-local"), Integer.parseInt(spec.param("count")));
    }

    @Override
    public List<Callable<Object>> tasks() {
        return List.of(this::run);
    }

    private Object run() throws InterruptedException {
        System.gc();
        long heap0 = JvmMemory.heapUsed();
        long[] gc0 = JvmMemory.gc();
        CountDownLatch holding = new CountDownLatch(count);
        CountDownLatch release = new CountDownLatch(1);
        LongAdder bytesSeen = new LongAdder();
        long t0 = System.nanoTime();
        Phases phases = threadLocal
                ? forkAll(() -> CACHE.get(), holding, release, bytesSeen)
                : ScopedValue.where(SHARED, new byte[OBJECT_BYTES]).call(() -> forkAll(SHARED::get, holding, release, bytesSeen));
        long[] gc1 = phases.gcWhileStarting();
        Map<String, Object> measured = new LinkedHashMap<>();
        measured.put("case", threadLocal ? "thread-local" : "scoped-value");
        measured.put("kind", threadLocal ? "thread-local" : "scoped-value");
        measured.put("variant", threadLocal ? "virtual + ThreadLocal 1 KB" : "virtual + shared ScopedValue");
        measured.put("threads", count);
        measured.put("flags", "none");
        measured.put("objectBytes", OBJECT_BYTES);
        measured.put("startMs", (phases.allHolding() - t0) / 1e6);
        measured.put("finishMs", (phases.finished() - t0) / 1e6);
        measured.put("heapBytesPerThread", (double) (phases.heapWhileHolding() - heap0) / count);
        measured.put("rssBytesPerThread", (double) phases.rssGrowth() / count);
        measured.put("gcCount", gc1[0] - gc0[0]);
        measured.put("gcMs", gc1[1] - gc0[1]);
        measured.put("bytesSeen", bytesSeen.sum());
        extras = measured;
        return bytesSeen.sum();
    }

    /** What one run saw at its two moments: all threads holding their value, and all finished. */
    private record Phases(long allHolding, long heapWhileHolding, long rssGrowth, long[] gcWhileStarting, long finished) {
    }

    /** Forks every thread, waits until all hold the value, measures, then lets them finish and joins. */
    private Phases forkAll(Callable<byte[]> value, CountDownLatch holding, CountDownLatch release, LongAdder bytesSeen)
            throws InterruptedException {
        long rss0 = JvmMemory.residentBytes();
        try (var scope = StructuredTaskScope.open()) {
            for (int i = 0; i < count; i++) {
                scope.fork(() -> {
                    bytesSeen.add(value.call().length);
                    holding.countDown();
                    release.await();
                    return null;
                });
            }
            if (!holding.await(5, java.util.concurrent.TimeUnit.MINUTES)) {
                throw new IllegalStateException("the threads did not all get their value within 5 minutes");
            }
            long allHolding = System.nanoTime();
            long[] gcWhileStarting = JvmMemory.gc();
            long rssGrowth = JvmMemory.residentBytes() - rss0;
            System.gc();
            long heap = JvmMemory.heapUsed();
            release.countDown();
            scope.join();
            return new Phases(allHolding, heap, rssGrowth, gcWhileStarting, System.nanoTime());
        }
    }

    @Override
    public void verify(List<Object> results) {
        if (!results.equals(List.of((long) count * OBJECT_BYTES))) {
            throw new IllegalStateException("every thread should have seen " + OBJECT_BYTES + " bytes: " + results);
        }
    }

    @Override
    public Map<String, Object> extras() {
        return extras;
    }
}
