package dev.loomshowcase.dashboard;

import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;

/**
 * {@code GET /events}: the run as server-sent events (Helidon's {@link SseSink}), the run so far first.
 * The handler runs on its own virtual thread and blocks while it waits for the next event; a comment
 * line every {@value #KEEP_ALIVE_MS} ms finds a closed browser, so it stops counting as a listener.
 */
final class EventStream implements HttpService {

    static final long KEEP_ALIVE_MS = 1000;

    private final EventHub hub;

    EventStream(EventHub hub) {
        this.hub = hub;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::stream);
    }

    private void stream(ServerRequest request, ServerResponse response) {
        EventHub.Listener listener = hub.subscribe();
        try (SseSink sink = response.sink(SseSink.TYPE)) {
            while (!listener.dropped()) {
                DashboardEvent event = listener.next(KEEP_ALIVE_MS);
                sink.emit(event == null
                        ? SseEvent.builder().comment("still here").build()
                        : SseEvent.builder().name(event.name()).data(event.json()).build());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException browserGone) {
            // the page closed its connection: nothing to send it any more
        } finally {
            hub.unsubscribe(listener);
        }
    }
}
