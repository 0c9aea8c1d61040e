package dev.loomshowcase.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;

/**
 * Where a request's work runs: the one point where the showcase server and its baseline differ.
 *
 * <p>Both servers are the same Helidon WebServer with the same routing, handler, {@link Aggregator}
 * and downstream client; only this choice changes, so a difference in their numbers is the thread
 * model's and nothing else's. {@link #virtual()} runs the work on Helidon's own virtual thread per
 * request; {@link #platformPool(int)} hands it to a fixed pool of P platform threads, as a classic
 * thread-per-request server (a servlet container with {@code maxThreads=P}) does, and that caps the
 * throughput at P / latency by Little's law.
 */
public interface RequestThreads extends AutoCloseable {

    /** The thread model's id, as in the scenario tables: {@code virtual} or {@code platform-pool}. */
    String model();

    /** A new fan-out for the concurrent downstream calls of every request, owned by the caller. */
    FanOut fanOut(Duration deadline);

    /** Runs one request's work on this model's threads and waits for its answer. */
    ObjectNode run(Work work) throws AggregateFailure, InterruptedException;

    @Override
    void close();

    /** One request's work. */
    @FunctionalInterface
    interface Work {
        ObjectNode call() throws AggregateFailure, InterruptedException;
    }

    /** Helidon's virtual thread per request runs the work itself; the calls fork virtual threads in a scope. */
    static RequestThreads virtual() {
        return new VirtualRequestThreads();
    }

    /** A new platform thread per request, no cap; its calls fork a new platform thread each. */
    static RequestThreads platformPerRequest() {
        return new PlatformPerRequestThreads();
    }

    /** A fixed pool of {@code threads} platform threads runs the work; the calls share a platform pool too. */
    static RequestThreads platformPool(int threads) {
        return new PlatformPoolRequestThreads(threads);
    }

    /**
     * Waits for the answer a platform thread computes for a request: its failure comes back as it was thrown,
     * and an interrupted wait cancels (interrupts) the work, so an abandoned request frees its thread.
     */
    static ObjectNode await(java.util.concurrent.Future<ObjectNode> answer) throws AggregateFailure, InterruptedException {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof AggregateFailure failure) {
                throw failure;
            }
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw new IllegalStateException("aggregate failed: " + e.getCause(), e.getCause());
        }
    }
}
