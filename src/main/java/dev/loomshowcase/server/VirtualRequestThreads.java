package dev.loomshowcase.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.concurrent.ThreadFactory;

/** The Níma way: the request's own virtual thread does the work; nothing to size, nothing to queue. */
final class VirtualRequestThreads implements RequestThreads {

    private final ThreadFactory forks = Thread.ofVirtual().name("aggregate-call-", 0).factory();

    @Override
    public String model() {
        return "virtual";
    }

    @Override
    public ThreadFactory forks() {
        return forks;
    }

    @Override
    public ObjectNode run(Work work) throws AggregateFailure, InterruptedException {
        return work.call();
    }

    @Override
    public void close() {
    }
}
