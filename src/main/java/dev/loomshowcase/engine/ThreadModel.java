package dev.loomshowcase.engine;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The ways this project schedules the same tasks; the "thread model" axis of a cell.
 *
 * <p>The carrier count is the JVM's {@code GOMAXPROCS}: for virtual threads it is fixed when the JVM
 * starts ({@code jdk.virtualThreadScheduler.parallelism}), for platform pools it is the pool size.
 */
public enum ThreadModel {
    /** One task after another on the calling thread: the baseline of every speedup. */
    SEQUENTIAL("sequential", "one task after another on one thread"),
    /** One virtual thread per task, forked and joined by a StructuredTaskScope. */
    VIRTUAL("virtual", "a virtual thread per task in a StructuredTaskScope"),
    /** A fixed pool of platform threads, one per carrier. */
    PLATFORM_POOL("platform-pool", "a fixed pool of platform threads, one per carrier"),
    /** A new platform (OS) thread per task, time-sliced by the OS. */
    PLATFORM_PER_TASK("platform-per-task", "a new OS thread per task"),
    /** A virtual thread per task, at most one running per carrier (a semaphore of the carrier count). */
    VIRTUAL_BOUNDED("virtual-bounded", "virtual threads bounded by a semaphore of the carrier count"),
    /**
     * Async Java as written today: {@code CompletableFuture}s composed ({@code sendAsync},
     * {@code thenCombine}, {@code allOf}), CPU parts on an executor of one platform thread per carrier.
     */
    ASYNC("async", "CompletableFuture composition, CPU parts on an executor of n platform threads"),
    /** A server rival: a new platform thread per request (and per downstream call), no cap. */
    PLATFORM_PER_REQUEST("platform-per-request", "a server starting a new OS thread per request, no cap"),
    /** A server rival: Vert.x's event loops, callbacks composed with Future.all, no blocking call. */
    REACTIVE("reactive", "a Vert.x server: event loops, Future.all, nothing blocks");

    private final String id;
    private final String description;

    ThreadModel(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name used on the command line and in JSON. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
        return id;
    }

    /** The id, so that a model prints as the command line and the JSON name it. */
    @Override
    public String toString() {
        return id;
    }

    public String description() {
        return description;
    }

    /** A runner for this model; {@code carriers} sizes pools and bounds, and is ignored where meaningless. */
    public TaskRunner runner(int carriers) {
        return switch (this) {
            case SEQUENTIAL -> new SequentialRunner();
            case VIRTUAL -> new StructuredVirtualRunner();
            case PLATFORM_POOL -> new PlatformPoolRunner(carriers);
            case PLATFORM_PER_TASK -> new PlatformPerTaskRunner();
            case VIRTUAL_BOUNDED -> new BoundedVirtualRunner(carriers);
            case ASYNC -> new AsyncRunner(carriers);
            // server rivals: the cell's one task is the load run; the server under test owns its own threads
            case PLATFORM_PER_REQUEST -> new PlatformPerTaskRunner();
            case REACTIVE -> new SequentialRunner();
        };
    }

    /** Parses a model by its {@link #id()}. */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static ThreadModel of(String id) {
        return Arrays.stream(values())
                .filter(m -> m.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown thread model '" + id + "' (one of: " + ids() + ")"));
    }

    /** All ids, comma-separated, for messages. */
    public static String ids() {
        return Arrays.stream(values()).map(ThreadModel::id).collect(Collectors.joining(", "));
    }
}
