package dev.loomshowcase.observe;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Watches this JVM for {@code jdk.VirtualThreadPinned} JFR events: the events a virtual thread
 * commits when it blocks but cannot leave its carrier (a native frame or a class initializer on its
 * stack, in JDK 25).
 *
 * <p>Why a recording dumped and parsed rather than a live stream: the count must be complete the
 * moment the measured work ends, and a dump is. Note what it cannot see: a blocking native
 * <em>downcall</em> holds its carrier without parking, so no event fires (see the pitfalls scenario).
 *
 * {@snippet :
 * try (PinningMonitor monitor = PinningMonitor.start()) {
 *     work();
 *     PinningReport report = monitor.stop();
 * }
 * }
 */
public final class PinningMonitor implements AutoCloseable {

    /** The cell parameter that asks a child JVM to watch for pinning ({@code --jfr}). */
    public static final String PARAM = "jfr";

    /** The JFR event this monitor records. */
    public static final String EVENT = "jdk.VirtualThreadPinned";

    private final Recording recording;

    private PinningMonitor(Recording recording) {
        this.recording = recording;
    }

    /** Starts recording every pinned event, however short (the default threshold is 20 ms). */
    public static PinningMonitor start() {
        Recording recording = new Recording();
        recording.enable(EVENT).withThreshold(Duration.ZERO).withStackTrace();
        recording.setName("loom-showcase pinning monitor");
        recording.start();
        return new PinningMonitor(recording);
    }

    /** True when a cell's parameters ask for the monitor. */
    public static boolean requested(java.util.Map<String, String> params) {
        return Boolean.parseBoolean(params.getOrDefault(PARAM, "false"));
    }

    /** Stops recording and summarises the events seen since {@link #start()}. */
    public PinningReport stop() throws IOException {
        Path file = Files.createTempFile("loom-showcase-pinning", ".jfr");
        try {
            recording.stop();
            recording.dump(file);
            return PinningReport.of(RecordingFile.readAllEvents(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public void close() {
        recording.close();
    }
}
