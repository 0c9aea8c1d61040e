package dev.loomshowcase.dashboard;

import java.net.InetAddress;
import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a request comes from the dashboard's own page, by the address its browser names: the
 * {@code Origin} header, or without one the {@code Referer}. Own means {@code http://} with this
 * server's port and one of its hosts: a loopback alias ({@code 127.0.0.1}, {@code localhost},
 * {@code [::1]}), the address the request reached (a LAN address when bound to {@code 0.0.0.0}), and,
 * beyond loopback only, the request's {@code Host}. On loopback the {@code Host} is not trusted: a site
 * whose name resolves to 127.0.0.1 (DNS rebinding) sends its own name there and in its Origin alike.
 * Beyond loopback the token stands guard, so the name a speaker typed may pass.
 *
 * @param port       the port the request reached
 * @param reached    the address the request reached, e.g. {@code 127.0.0.1} or {@code 192.168.1.5}
 * @param hostHeader the request's {@code Host}, or null
 * @param tokenGuard true beyond loopback: the token was checked, so the {@code Host} counts as own
 */
record OwnOrigin(int port, String reached, String hostHeader, boolean tokenGuard) {

    /**
     * Why a request from {@code origin} (else {@code referer}) is refused, or empty when it is this
     * page's. Neither header (curl, a script) passes: on loopback only this machine can send it, and
     * beyond loopback the token was asked first.
     */
    Optional<String> refusal(String origin, String referer) {
        String header = origin != null ? "Origin" : "Referer";
        String sender = origin != null ? origin : referer;
        if (sender == null) {
            return Optional.empty();
        }
        String key = key(sender);
        if (key != null && ownKeys().contains(key)) {
            return Optional.empty();
        }
        return Optional.of(header + " " + sender + " is not this dashboard's page (http://" + display(reached) + ":" + port
                + "): only its own page starts or stops runs");
    }

    /** The {@code host:port} keys this server answers to, hosts normalized as {@link #key} does. */
    private Set<String> ownKeys() {
        Set<String> own = new HashSet<>();
        for (String host : new String[] {"127.0.0.1", "localhost", "::1", reached}) {
            if (host != null) {
                own.add(normalize(host) + ":" + port);
            }
        }
        if (tokenGuard && hostHeader != null) {
            String host = key("http://" + hostHeader.strip());
            if (host != null) {
                own.add(host);
            }
        }
        return own;
    }

    /** {@code host:port} of an {@code http://} address (port 80 when absent); null for any other or unreadable one. */
    static String key(String address) {
        try {
            URI uri = new URI(address.strip());
            if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                return null;
            }
            return normalize(uri.getHost()) + ":" + (uri.getPort() < 0 ? 80 : uri.getPort());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** An IP literal in one spelling ({@code [::1]} and {@code 0:0:0:0:0:0:0:1} alike), a name in lower case; never a DNS look-up. */
    static String normalize(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            return InetAddress.ofLiteral(bare).getHostAddress();
        } catch (IllegalArgumentException notALiteral) {
            return bare.toLowerCase(Locale.ROOT);
        }
    }

    private static String display(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
