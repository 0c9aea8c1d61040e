package dev.loomshowcase.dashboard;

import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.Socket;
import org.junit.jupiter.api.AfterAll;

/** {@link RequestGuardContract} without a network: Helidon's {@code DirectClient} reaches the routing as {@code localhost:8080}. */
@RoutingTest
class RequestGuardRoutingTest extends RequestGuardContract {

    private static final Fixture LOOPBACK = loopbackFixture();
    private static final Fixture BEYOND = beyondFixture();

    RequestGuardRoutingTest(DirectClient loopback, @Socket("beyond") DirectClient beyond) {
        super(loopback, beyond, LOOPBACK, BEYOND);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        LOOPBACK.routing(routing);
    }

    @SetUpRoute("beyond")
    static void beyondRouting(HttpRouting.Builder routing) {
        BEYOND.routing(routing);
    }

    @AfterAll
    static void closeRuns() throws InterruptedException {
        LOOPBACK.close();
        BEYOND.close();
    }

    /** The local address {@code DirectClient} gives every request. */
    @Override
    String ownOrigin() {
        return "http://localhost:8080";
    }

    @Override
    String beyondOwnOrigin() {
        return "http://localhost:8080";
    }
}
