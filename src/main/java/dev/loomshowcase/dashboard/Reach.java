package dev.loomshowcase.dashboard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Who can reach a server, from the address it binds: only this machine on loopback ({@code 127.0.0.1},
 * {@code ::1}, {@code localhost}), anyone on its networks otherwise. The dashboard asks for a token beyond
 * loopback; {@code serve} and {@code stubs} ask for nothing, so they say so in one line.
 * {@snippet :
 * Reach.note("serve", "0.0.0.0", 8080).ifPresent(out::println);
 * // serve bound to 0.0.0.0 (every interface): anyone who can reach this machine on port 8080 can use it
 * }
 */
public final class Reach {

    private Reach() {
    }

    /** True when {@code host} names a loopback address; a name that does not resolve is not loopback. */
    public static boolean isLoopback(String host) {
        InetAddress address = resolve(host);
        return address != null && address.isLoopbackAddress();
    }

    /** True when {@code host} is an address, or a name that resolves to one; false for a blank one. */
    public static boolean resolves(String host) {
        return resolve(host) != null;
    }

    /** One line saying who can now reach {@code what} bound to {@code host:port}; empty on loopback. */
    public static Optional<String> note(String what, String host, int port) {
        if (isLoopback(host)) {
            return Optional.empty();
        }
        InetAddress address = resolve(host);
        String who = address != null && address.isAnyLocalAddress()
                ? " (every interface): anyone who can reach this machine on port " + port
                : ": anyone who can reach " + host + " on port " + port;
        return Optional.of(what + " bound to " + host + who + " can use it");
    }

    /** The address {@code host} names, brackets of an IPv6 literal allowed; null when it does not resolve. */
    private static InetAddress resolve(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            return bare.isBlank() ? null : InetAddress.getByName(bare);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
