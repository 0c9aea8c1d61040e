package dev.loomshowcase.dashboard;

import dev.loomshowcase.engine.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands every event of a run to every listening page, and replays the run so far to a page that
 * connects late (a reload, a second screen, a screenshot taken after the run), so each page shows the
 * whole run. The history starts afresh with each {@code run-start}.
 *
 * <p>A listener too slow to keep up (its queue full) is dropped rather than slowing the run.
 */
final class EventHub {

    /** The event that opens a run and clears the history. */
    static final String RUN_START = "run-start";
    static final int HISTORY_LIMIT = 50_000;
    static final int QUEUE_LIMIT = 50_000;

    private final List<DashboardEvent> history = new ArrayList<>();
    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private boolean closed;
    private long lastId;

    /** One page's queue of events not yet sent. */
    static final class Listener {
        private final LinkedBlockingQueue<DashboardEvent> queue = new LinkedBlockingQueue<>(QUEUE_LIMIT);
        private volatile boolean dropped;

        /** The next event, or null when none came within the wait or the listener was dropped. */
        DashboardEvent next(long waitMs) throws InterruptedException {
            return dropped ? null : queue.poll(waitMs, TimeUnit.MILLISECONDS);
        }

        /** True once the hub dropped this listener (too slow, or the hub closed): its stream should end. */
        boolean dropped() {
            return dropped && queue.isEmpty();
        }

        private void offer(DashboardEvent event) {
            if (!queue.offer(event)) {
                dropped = true;
            }
        }
    }

    /** Sends {@code data}, written as JSON, to every listener under the event name {@code name}. */
    synchronized void publish(String name, Object data) {
        DashboardEvent event = new DashboardEvent(++lastId, name, Json.compact(data));
        if (RUN_START.equals(name)) {
            history.clear();
        }
        if (history.size() < HISTORY_LIMIT) {
            history.add(event);
        }
        listeners.forEach(l -> l.offer(event));
        listeners.removeIf(l -> l.dropped);
    }

    /** A new listener that first receives the current run's events so far. */
    Listener subscribe() {
        return subscribe(0);
    }

    /** A new listener that first receives the current run's events numbered above {@code seen}. */
    synchronized Listener subscribe(long seen) {
        Listener listener = new Listener();
        history.stream().filter(e -> e.id() > seen).forEach(listener::offer);
        if (closed) {
            listener.dropped = true;
        } else {
            listeners.add(listener);
        }
        return listener;
    }

    void unsubscribe(Listener listener) {
        listeners.remove(listener);
    }

    /** How many pages listen now. */
    int listeners() {
        return listeners.size();
    }

    /** Ends every stream (their pages see the connection close) and accepts no new listener. */
    synchronized void close() {
        closed = true;
        listeners.forEach(l -> l.dropped = true);
        listeners.clear();
    }
}
