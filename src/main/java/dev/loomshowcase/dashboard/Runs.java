package dev.loomshowcase.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One run at a time, on its own thread, and never one nobody watches.
 *
 * <p>States: idle, then running (from {@link #start} until the run's thread ends), then idle again. A
 * second start while running is refused. A run is stopped by interrupting its thread: the engine then
 * kills the cell's child JVM on its way out. A run also stops when no page has listened for
 * {@code unwatchedLimitMs} (the browser was closed), and when the dashboard closes.
 */
final class Runs implements AutoCloseable {

    /** The body of a run; it may be interrupted at any time. */
    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    /** The run in progress. */
    record Active(int id, String scenario, Thread thread, long startNanos) {
    }

    private final EventHub hub;
    private final long unwatchedLimitMs;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon(true).name("dashboard-watchdog").factory());
    private Active active;
    private int runs;
    private long unwatchedSince = -1;
    private String stopReason;

    Runs(EventHub hub, long unwatchedLimitMs) {
        this.hub = hub;
        this.unwatchedLimitMs = unwatchedLimitMs;
        watchdog.scheduleWithFixedDelay(this::stopIfUnwatched, 250, 250, TimeUnit.MILLISECONDS);
    }

    /** Starts {@code body} as the run of {@code scenario}, or returns empty when a run is in progress. */
    synchronized Optional<Active> start(String scenario, Map<String, Object> details, Body body) {
        if (active != null) {
            return Optional.empty();
        }
        int id = ++runs;
        Thread thread = Thread.ofPlatform().name("dashboard-run-" + id).unstarted(() -> execute(id, scenario, body));
        active = new Active(id, scenario, thread, System.nanoTime());
        stopReason = null;
        unwatchedSince = -1;
        Map<String, Object> start = new LinkedHashMap<>(details);
        start.put("run", id);
        start.put("scenario", scenario);
        hub.publish(EventHub.RUN_START, start);
        thread.start();
        return Optional.of(active);
    }

    /** The run in progress, if any. */
    synchronized Optional<Active> active() {
        return Optional.ofNullable(active);
    }

    /** Stops the run in progress, if any, saying why; true when there was one. */
    synchronized boolean stop(String reason) {
        if (active == null) {
            return false;
        }
        stopReason = reason;
        active.thread().interrupt();
        return true;
    }

    private void execute(int id, String scenario, Body body) {
        String status = "failed";
        String message = "the run ended unexpectedly; see the dashboard's console";
        try {
            body.run();
            status = "done";
            message = null;
        } catch (InterruptedException e) {
            status = "stopped";
            message = null;
        } catch (Exception e) {
            message = dev.loomshowcase.engine.Errors.describe(e);
        } finally {
            finish(id, scenario, status, message);
        }
    }

    private synchronized void finish(int id, String scenario, String status, String message) {
        long elapsed = System.nanoTime() - active.startNanos();
        Map<String, Object> end = new LinkedHashMap<>();
        end.put("run", id);
        end.put("scenario", scenario);
        end.put("status", stopReason != null ? "stopped" : status);
        end.put("elapsedS", Math.round(elapsed / 1e8) / 10.0);
        if (stopReason != null || message != null) {
            end.put("message", stopReason != null ? stopReason : message);
        }
        active = null;
        hub.publish("run-end", end);
    }

    private synchronized void stopIfUnwatched() {
        if (active == null || hub.listeners() > 0) {
            unwatchedSince = -1;
            return;
        }
        long now = System.nanoTime();
        if (unwatchedSince < 0) {
            unwatchedSince = now;
        } else if (now - unwatchedSince >= TimeUnit.MILLISECONDS.toNanos(unwatchedLimitMs) && stopReason == null) {
            stop("no page was watching for " + unwatchedLimitMs / 1000 + " s (browser closed?): run stopped");
        }
    }

    /** Stops the run in progress and waits (bounded) until its thread, and so its child JVM, is gone. */
    @Override
    public void close() throws InterruptedException {
        watchdog.shutdownNow();
        Thread running;
        synchronized (this) {
            running = active == null ? null : active.thread();
        }
        if (running != null) {
            stop("the dashboard is shutting down");
            running.join(java.time.Duration.ofSeconds(20));
        }
    }
}
