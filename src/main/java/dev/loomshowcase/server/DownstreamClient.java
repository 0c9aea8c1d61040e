package dev.loomshowcase.server;

import dev.loomshowcase.downstream.Downstream;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * The aggregator's client of the three downstream services, chosen with {@code serve --client}.
 *
 * <p>Why a choice: under load the client is most of the server's CPU per request (JFR put half of
 * it inside the JDK {@code HttpClient}'s internals), so the scenario measures both and the default
 * is the one that costs less on this machine.
 */
public interface DownstreamClient extends AutoCloseable {

    /** The clients one can choose, by the name {@code --client} takes. */
    enum Kind {
        /** The JDK's {@code java.net.http.HttpClient}: asynchronous inside, blocking {@code send} outside. */
        JDK,
        /** Helidon 4's blocking {@code WebClient}: plain blocking sockets, made for virtual threads. */
        HELIDON;

        /** The name {@code --client} takes: {@code jdk} or {@code helidon}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The client the server uses when none is named: the one that cost less server CPU with 4000
         * requests in flight here; at 200 the two overlapped (README).
         */
        public static Kind byDefault() {
            return HELIDON;
        }
    }

    /** The user service: one user as JSON. */
    String fetchUser(long userId) throws IOException, InterruptedException;

    /** The posts service: the user's posts as a JSON array. */
    String fetchPosts(long userId) throws IOException, InterruptedException;

    /** The comments service: comments on the user's posts as a JSON array. */
    String fetchComments(long userId) throws IOException, InterruptedException;

    @Override
    void close();

    /** A client of {@code base} of the given kind; {@code timeout} bounds one call. */
    static DownstreamClient of(Kind kind, URI base, Duration timeout) {
        return switch (kind) {
            case JDK -> new JdkDownstreamClient(new Downstream(base, timeout));
            case HELIDON -> new HelidonDownstreamClient(base, timeout);
        };
    }
}
