package dev.loomshowcase.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Helidon client reads a sized body into one array and still hands its connection back for reuse,
 * and reads an unsized (chunked) body to its end. A plain JDK server stands in for the stubs here,
 * because the test must see which client port each call came from.
 */
class HelidonDownstreamClientTest {

    private static final String USER = "{\"id\":1,\"name\":\"Zoë Ångström\"}";

    private final List<Integer> clientPorts = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/users/", exchange -> answer(exchange, true));
        server.createContext("/posts", exchange -> answer(exchange, false));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange, boolean sized) throws IOException {
        clientPorts.add(exchange.getRemoteAddress().getPort());
        byte[] body = USER.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, sized ? body.length : 0); // 0: chunked
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void sizedBodiesArriveWholeAndTheirConnectionIsReused() throws IOException {
        try (var client = new HelidonDownstreamClient(base(), Duration.ofSeconds(5))) {
            assertEquals(USER, client.fetchUser(1));
            assertEquals(USER, client.fetchUser(1));
        }
        assertEquals(2, clientPorts.size());
        assertEquals(clientPorts.get(0), clientPorts.get(1), "second call on the first call's connection");
    }

    @Test
    void chunkedBodiesAreReadToTheirEnd() throws IOException {
        try (var client = new HelidonDownstreamClient(base(), Duration.ofSeconds(5))) {
            assertEquals(USER, client.fetchPosts(1));
        }
    }
}
