package dev.loomshowcase.dashboard;

import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;

import java.util.function.BooleanSupplier;

/**
 * {@code GET /events[?since=ID]}: the run as server-sent events (Helidon's {@link SseSink}), the run so
 * far first (only what came after event {@code ID} for a page that reconnects). The handler runs on its
 * own virtual thread and blocks while it waits for the next event; a comment line every
 * {@value #KEEP_ALIVE_MS} ms finds a closed browser, so it stops counting as a listener.
 *
 * <p>While no run is in progress, a stream ends after {@value #IDLE_CLOSE_MS} ms without events and the
 * page reconnects: a page left open holds no connection forever, and a headless browser taking a
 * screenshot sees its page finish loading.
 */
final class EventStream implements HttpService {

    static final long KEEP_ALIVE_MS = 1000;
    static final long IDLE_CLOSE_MS = 3000;

    private final EventHub hub;
    private final BooleanSupplier running;

    EventStream(EventHub hub, BooleanSupplier running) {
        this.hub = hub;
        this.running = running;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::stream);
    }

    private void stream(ServerRequest request, ServerResponse response) {
        EventHub.Listener listener = hub.subscribe(since(request.query().first("since").orElse("0")));
        long lastEvent = System.nanoTime();
        try (SseSink sink = response.sink(SseSink.TYPE)) {
            while (!listener.dropped()) {
                DashboardEvent event = listener.next(KEEP_ALIVE_MS);
                if (event != null) {
                    sink.emit(SseEvent.builder().id(Long.toString(event.id())).name(event.name()).data(event.json()).build());
                    lastEvent = System.nanoTime();
                } else if (!running.getAsBoolean() && System.nanoTime() - lastEvent > IDLE_CLOSE_MS * 1_000_000) {
                    return;
                } else {
                    sink.emit(SseEvent.builder().comment("still here").build());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException browserGone) {
            // the page closed its connection: nothing to send it any more
        } finally {
            hub.unsubscribe(listener);
        }
    }

    /** The last event a reconnecting page saw; 0 (everything) when absent or unreadable. */
    static long since(String value) {
        try {
            return Math.max(0, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
