package dev.loomshowcase.dashboard;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The secret of a dashboard bound beyond loopback: made at start from {@link SecureRandom}, printed
 * in the page's URL ({@code http://HOST:PORT/?token=…}), and asked of every request that changes state
 * or reads {@code /events}. The page keeps it and sends it back.
 */
final class AccessToken {

    /** The query parameter; the only way an {@code EventSource} can send it. */
    static final String PARAM = "token";
    /** The header the page sends it in; {@code Authorization: Bearer …} works too. */
    static final HeaderName HEADER = HeaderNames.create("X-Showcase-Token");

    private static final SecureRandom RANDOM = new SecureRandom();
    private final String value;

    AccessToken(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a token must not be empty");
        }
        this.value = value;
    }

    /** A fresh token: 32 random bytes, URL-safe Base64 without padding (43 characters of A-Z a-z 0-9 - _). */
    static AccessToken random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    String value() {
        return value;
    }

    /** True when {@code candidate} is this token; how long it takes does not depend on where they differ. */
    boolean matches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** The token a request carries: its {@code X-Showcase-Token} header, a bearer token, or {@code ?token=}. */
    static Optional<String> carried(ServerRequest request) {
        Optional<String> header = request.headers().first(HEADER);
        if (header.isPresent()) {
            return header;
        }
        Optional<String> bearer = request.headers().first(HeaderNames.AUTHORIZATION)
                .filter(auth -> auth.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(auth -> auth.substring(7).strip());
        return bearer.isPresent() ? bearer : request.query().first(PARAM).asOptional();
    }

    /** Never the secret itself: a token that lands in a log or an assertion message stays unread. */
    @Override
    public String toString() {
        return "AccessToken[" + value.length() + " characters]";
    }
}
