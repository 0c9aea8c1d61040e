package dev.loomshowcase.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;

/** The Níma way: the request's own virtual thread does the work; nothing to size, nothing to queue. */
final class VirtualRequestThreads implements RequestThreads {

    @Override
    public String model() {
        return "virtual";
    }

    @Override
    public FanOut fanOut(Duration deadline) {
        return new ScopeFanOut(deadline);
    }

    @Override
    public ObjectNode run(Work work) throws AggregateFailure, InterruptedException {
        return work.call();
    }

    @Override
    public void close() {
    }
}
