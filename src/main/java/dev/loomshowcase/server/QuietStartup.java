package dev.loomshowcase.server;

import io.helidon.webserver.WebServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts a Helidon WebServer and turns a failure to listen into one line naming the address.
 *
 * <p>Helidon does not throw when its port is taken: it logs, and the server reports port -1. Here
 * that becomes a {@link ServerStartException} whose reason is found by binding the same address once
 * (e.g. "Address already in use"), and Helidon's own stack trace is kept out of the terminal.
 */
public final class QuietStartup {

    /** Helidon's logger that reports a failed start with a stack trace. */
    private static final String LOGGER = "io.helidon.webserver.LoomServer";

    private QuietStartup() {
    }

    static void start(WebServer server, String host, int port) {
        Logger helidon = Logger.getLogger(LOGGER);
        Level level = helidon.getLevel();
        helidon.setLevel(Level.OFF); // its failure to bind comes as a stack trace; ours as one line
        try {
            server.start();
        } finally {
            helidon.setLevel(level);
        }
        if (server.isRunning() && server.port() > 0) {
            return;
        }
        server.stop();
        throw new ServerStartException("cannot listen on " + host + ":" + port + ": " + reason(host, port));
    }

    /** True when {@code host:port} can be bound now (a check before seconds of warm-up, not a reservation). */
    public static boolean canBind(String host, int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(host))) {
            return probe.isBound();
        } catch (IOException e) {
            return false;
        }
    }

    private static String reason(String host, int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(host))) {
            return "the server did not start (port " + probe.getLocalPort() + " is free now)";
        } catch (IOException e) {
            return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
    }
}
