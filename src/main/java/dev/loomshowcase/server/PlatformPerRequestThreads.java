package dev.loomshowcase.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;

/**
 * The classic thread-per-request server with no cap: each request's work runs on a <em>new</em> platform
 * (OS) thread started for it, which holds it for the whole request, downstream waits included; its three
 * calls run on three more new platform threads. Not in a {@code StructuredTaskScope}: a
 * platform thread blocked in a socket read ignores its interrupt (a virtual thread's read is closed by it), so
 * the scope's close would wait for the slowest sibling, and a failing call would answer in 1 s instead of
 * 0.1 s; the calls are abandoned instead, as a pooled service abandons them, and end when their stub answers. Linux holds thousands of them; what they cost shows
 * in the cell's resident memory, OS thread count and CPU per request.
 */
final class PlatformPerRequestThreads implements RequestThreads {

    @Override
    public String model() {
        return "platform-per-request";
    }

    @Override
    public FanOut fanOut(Duration deadline) {
        return new PoolFanOut(Executors.newThreadPerTaskExecutor(
                Thread.ofPlatform().name("per-request-call-", 0).daemon(true).factory()), deadline);
    }

    /** Starts a thread for the work and waits for it; an interrupted wait interrupts the thread too. */
    @Override
    public ObjectNode run(Work work) throws AggregateFailure, InterruptedException {
        FutureTask<ObjectNode> answer = new FutureTask<>(work::call);
        Thread.ofPlatform().name("per-request").daemon(true).start(answer);
        return RequestThreads.await(answer);
    }

    @Override
    public void close() {
    }
}
