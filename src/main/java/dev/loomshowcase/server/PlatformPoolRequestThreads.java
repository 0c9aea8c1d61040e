package dev.loomshowcase.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The baseline: each request's work waits in a queue for one of P platform threads, which holds it
 * for the whole request, downstream waits included.
 *
 * <p>Why a pool behind the same Helidon server rather than another HTTP server: the socket handling,
 * HTTP parsing, routing, handler, JSON and downstream client stay identical, so the only difference
 * measured is which threads carry the work. The three calls stay concurrent, on a second fixed pool
 * of 3P platform threads created once with the server (no thread is started per request), as a
 * well-written pooled service would do them; a request still holds
 * its pool thread for about one downstream delay, so throughput caps at P / delay however many
 * clients wait, and the extra clients queue here (bounded, like the virtual server's requests, by
 * {@code serve --max-in-flight}).
 */
final class PlatformPoolRequestThreads implements RequestThreads {

    /** Calls a request makes at once: user, posts, comments. */
    static final int CALLS_PER_REQUEST = 3;

    private final ExecutorService pool;
    private final int threads;

    PlatformPoolRequestThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a platform pool needs at least 1 thread, got " + threads);
        }
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("baseline-request-", 0).daemon(true).factory());
    }

    @Override
    public String model() {
        return "platform-pool";
    }

    @Override
    public FanOut fanOut(Duration deadline) {
        return new PoolFanOut(CALLS_PER_REQUEST * threads, deadline);
    }

    /** Queues the work for a pool thread; an interrupted wait cancels it, so an abandoned request frees its slot. */
    @Override
    public ObjectNode run(Work work) throws AggregateFailure, InterruptedException {
        Future<ObjectNode> answer = pool.submit(work::call);
        return RequestThreads.await(answer);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
