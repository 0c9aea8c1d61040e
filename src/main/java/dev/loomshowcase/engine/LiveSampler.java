package dev.loomshowcase.engine;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Prints a workload's live figure (requests or threads in flight, answers per second) as a
 * {@link LiveLine} every {@link #PERIOD}, from a daemon thread of the child JVM, while the work runs.
 * The figures come from counters the workload keeps; the sampler only reads them.
 * {@snippet :
 * try (LiveSampler sampler = LiveSampler.start(() -> Map.of("type", "in-flight", "inFlight", gauge.sum()))) {
 *     runTheLoad();
 * }
 * }
 */
public final class LiveSampler implements AutoCloseable {

    /** How often a figure is printed: four times a second and a bit, so a live chart moves smoothly. */
    public static final Duration PERIOD = Duration.ofMillis(200);

    private final ScheduledExecutorService timer;

    private LiveSampler(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts printing {@code sample} now and every {@link #PERIOD}; a sample that throws is skipped. */
    public static LiveSampler start(Supplier<Map<String, Object>> sample) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon(true).name("live-sampler").factory());
        timer.scheduleAtFixedRate(() -> {
            try {
                LiveLine.emit(sample.get());
            } catch (RuntimeException e) {
                // one unreadable sample must not end the live view or the measurement
            }
        }, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        return new LiveSampler(timer);
    }

    /** Prints one last sample's worth of nothing more: stops the timer and waits for a print in progress. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
