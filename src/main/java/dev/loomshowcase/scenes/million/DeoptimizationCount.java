package dev.loomshowcase.scenes.million;

import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingStream;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts the JIT's deoptimizations while it is open, by method, from JFR's {@code jdk.Deoptimization}
 * events: the evidence for why a million wake-ups cost carriers ~17 µs each when the sleep's compiled
 * code was built before any thread had woken. A recording slows virtual threads down (JFR follows
 * every mount), so only cells that say so count; their times are not compared with the others.
 */
final class DeoptimizationCount implements AutoCloseable {

    private final RecordingStream stream = new RecordingStream();
    private final Map<String, Long> byMethod = new HashMap<>();

    private DeoptimizationCount() {
        stream.enable("jdk.Deoptimization").withoutStackTrace();
        stream.onEvent("jdk.Deoptimization", event -> {
            RecordedMethod method = event.getValue("method");
            String name = method == null ? "unknown" : method.getType().getName() + "." + method.getName();
            synchronized (byMethod) {
                byMethod.merge(name, 1L, Long::sum);
            }
        });
    }

    /** Starts counting now. */
    static DeoptimizationCount start() {
        DeoptimizationCount count = new DeoptimizationCount();
        count.stream.startAsync();
        return count;
    }

    /** Stops the recording, waits until its events are counted, and returns the counts. */
    Deoptimizations stop() {
        stream.stop();
        synchronized (byMethod) {
            var most = byMethod.entrySet().stream().max(Map.Entry.comparingByValue());
            return new Deoptimizations(byMethod.values().stream().mapToLong(Long::longValue).sum(),
                    most.map(Map.Entry::getKey).orElse(null), most.map(Map.Entry::getValue).orElse(0L));
        }
    }

    @Override
    public void close() {
        stream.close();
    }
}
