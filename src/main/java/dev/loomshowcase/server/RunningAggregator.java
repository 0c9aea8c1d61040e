package dev.loomshowcase.server;

import java.net.URI;

/**
 * An aggregator server that is listening, whichever engine runs it: Helidon SE 4 ({@link AggregatorServer},
 * with its request threads) or Vert.x 5 ({@link VertxAggregatorServer}, the reactive rival). The load test
 * and {@code serve} need only this: where it listens, what it holds in flight, and how to stop it.
 */
public interface RunningAggregator extends AutoCloseable {

    /** Base URL, e.g. {@code http://127.0.0.1:41234}. */
    URI uri();

    /** The rival's id, as in the scenario tables: {@code virtual}, {@code platform-pool}, {@code reactive}... */
    String model();

    /** Requests in flight now and shed so far, as the server itself counts them. */
    InFlightLimit inFlight();

    @Override
    void close();
}
