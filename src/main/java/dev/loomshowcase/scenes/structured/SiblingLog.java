package dev.loomshowcase.scenes.structured;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What each subtask saw from the inside: whether its call completed, failed, or was interrupted,
 * and when. This is how a case checks that a cancelled sibling really abandoned its call instead of
 * assuming it from the scope's state. It also keeps each subtask's thread, to check that none is
 * alive once the scope is closed.
 */
final class SiblingLog {

    private final long startNanos;
    private final Map<String, Sighting> sightings = new ConcurrentHashMap<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    SiblingLog(long startNanos) {
        this.startNanos = startNanos;
    }

    /** Runs {@code call} as the subtask {@code name}, recording how it ended; rethrows what it threw. */
    <T> T watch(String name, Callable<T> call) throws Exception {
        threads.add(Thread.currentThread());
        try {
            T result = call.call();
            sightings.put(name, new Sighting("completed", millisSinceStart()));
            return result;
        } catch (InterruptedException e) {
            sightings.put(name, new Sighting("interrupted", millisSinceStart()));
            throw e;
        } catch (Exception e) {
            String what = Thread.currentThread().isInterrupted() ? "interrupted" : "failed: " + e.getClass().getSimpleName();
            sightings.put(name, new Sighting(what, millisSinceStart()));
            throw e;
        }
    }

    /** How the named subtask ended, or null when it has not ended. */
    Sighting sighting(String name) {
        return sightings.get(name);
    }

    /** True when the named subtask ended without completing its call. */
    boolean abandoned(String name) {
        Sighting s = sightings.get(name);
        return s != null && !s.outcome().equals("completed");
    }

    /** Subtask threads still alive now. */
    long aliveThreads() {
        return threads.stream().filter(Thread::isAlive).count();
    }

    /** Every sighting, by subtask name, as JSON-ready maps. */
    Map<String, Object> asDetails() {
        Map<String, Object> out = new TreeMap<>();
        sightings.forEach((name, s) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("observed", s.outcome());
            one.put("atMs", s.atMs());
            out.put(name, one);
        });
        return out;
    }

    long millisSinceStart() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** How one subtask ended, and when (ms since the case started). */
    record Sighting(String outcome, long atMs) {
    }
}
