package dev.loomshowcase.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * The baseline: each request's work waits in a queue for one of P platform threads, which holds it
 * for the whole request, downstream waits included.
 *
 * <p>Why a pool behind the same Helidon server rather than another HTTP server: the socket handling,
 * HTTP parsing, routing, handler, JSON and downstream client stay identical, so the only difference
 * measured is which threads carry the work. The three calls stay concurrent (on three platform
 * threads forked per request), as a well-written pooled service would do them; a request still holds
 * its pool thread for about one downstream delay, so throughput caps at P / delay however many
 * clients wait, and the extra clients queue here.
 */
final class PlatformPoolRequestThreads implements RequestThreads {

    private final ExecutorService pool;
    private final ThreadFactory forks = Thread.ofPlatform().name("baseline-call-", 0).daemon(true).factory();

    PlatformPoolRequestThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a platform pool needs at least 1 thread, got " + threads);
        }
        this.pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("baseline-request-", 0).daemon(true).factory());
    }

    @Override
    public String model() {
        return "platform-pool";
    }

    @Override
    public ThreadFactory forks() {
        return forks;
    }

    /** Queues the work for a pool thread; an interrupted wait cancels it, so an abandoned request frees its slot. */
    @Override
    public ObjectNode run(Work work) throws AggregateFailure, InterruptedException {
        Future<ObjectNode> answer = pool.submit(work::call);
        try {
            return answer.get();
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AggregateFailure failure) {
                throw failure;
            }
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("aggregate failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
