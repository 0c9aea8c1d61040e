package dev.loomshowcase.scenes.yours;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The answer to the seed's exercise 3, "is it I/O-bound or CPU-bound?", with a fourth answer the
 * seed's coordination row adds: tasks that contend get slower with more threads, whatever their CPU share.
 */
public enum TaskClass {
    IO_BOUND("io-bound", "I/O-bound"),
    CPU_BOUND("cpu-bound", "CPU-bound"),
    MIXED("mixed", "Mixed"),
    COORDINATION_BOUND("coordination-bound", "Coordination-bound");

    private final String id;
    private final String title;

    TaskClass(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The name in JSON. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The name in a sentence. */
    public String title() {
        return title;
    }
}
