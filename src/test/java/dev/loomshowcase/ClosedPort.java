package dev.loomshowcase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A loopback port nothing listens on, for tests of what happens when nothing answers: one the system
 * just handed out and the test closed again, never a guessed number that another program on a shared
 * machine might hold.
 */
public final class ClosedPort {

    private ClosedPort() {
    }

    /** A port on 127.0.0.1 that was free a moment ago and is closed now. */
    public static int next() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port to close again", e);
        }
    }
}
