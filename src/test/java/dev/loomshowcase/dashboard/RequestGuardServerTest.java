package dev.loomshowcase.dashboard;

import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import io.helidon.webserver.testing.junit5.Socket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link RequestGuardContract} over real sockets, plus what only a socket shows: the page reached through
 * another loopback alias is still its own, and beyond loopback the name a speaker typed (the {@code Host})
 * is too, while on loopback it is not (a DNS-rebinding site would send its own name there).
 */
@ServerTest
class RequestGuardServerTest extends RequestGuardContract {

    private static final Fixture LOOPBACK = loopbackFixture();
    private static final Fixture BEYOND = beyondFixture();

    private final Http1Client loopback;
    private final Http1Client beyond;
    private final int port;
    private final int beyondPort;

    RequestGuardServerTest(Http1Client loopback, @Socket("beyond") Http1Client beyond, WebServer server) {
        super(loopback, beyond, LOOPBACK, BEYOND);
        this.loopback = loopback;
        this.beyond = beyond;
        this.port = server.port();
        this.beyondPort = server.port("beyond");
    }

    /** The socket of the guard beyond loopback binds loopback too: only its policy is beyond. */
    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        server.putSocket("beyond", socket -> socket.host("localhost").port(0));
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

    @Override
    String ownOrigin() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    String beyondOwnOrigin() {
        return "http://127.0.0.1:" + beyondPort;
    }

    @Test
    void everyLoopbackAliasOfThePortIsOwn() {
        for (String origin : new String[] {"http://localhost:" + port, "http://[::1]:" + port, "http://LOCALHOST:" + port}) {
            assertEquals(202, post(loopback, "/run/env", r -> r.header(HeaderNames.ORIGIN, origin)).status().code(), origin);
            LOOPBACK.stopRun();
        }
    }

    @Test
    void onLoopbackAHostHeaderNamingTheOriginDoesNotMakeItOwn() throws Exception {
        String rebound = "evil.example:" + port;
        assertForbidden(post(loopback, "/run/env", r -> r.header(HeaderNames.HOST, rebound).header(HeaderNames.ORIGIN, "http://" + rebound)),
                "Origin http://" + rebound + " is not this dashboard's page");
    }

    @Test
    void beyondLoopbackTheNameTheSpeakerTypedIsOwn() {
        String typed = "stage-laptop.local:" + beyondPort;
        assertEquals(202, post(beyond, "/run/env", r -> r.header(HeaderNames.HOST, typed)
                .header(HeaderNames.ORIGIN, "http://" + typed).header(AccessToken.HEADER, TOKEN)).status().code());
    }
}
