package dev.loomshowcase.scenario;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/** Checks, before any child JVM starts, that external stubs accept connections. */
public final class StubsProbe {

    private static final int CONNECT_TIMEOUT_MS = 3000;

    private StubsProbe() {
    }

    /** Throws {@link StubsUnavailableException}, with one line saying why, when nothing answers at {@code stubs}. */
    public static void requireReachable(URI stubs) {
        if (stubs.getHost() == null || !"http".equals(stubs.getScheme())) {
            throw new StubsUnavailableException("--stubs must be an http:// URL with a host, got '" + stubs + "'");
        }
        int port = stubs.getPort() != -1 ? stubs.getPort() : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(stubs.getHost(), port), CONNECT_TIMEOUT_MS);
        } catch (IOException e) {
            throw new StubsUnavailableException("cannot reach the stubs at " + stubs + ": " + e.getMessage());
        }
    }
}
