package dev.loomshowcase.dashboard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which addresses count as the dashboard's own page, as a pure function of the request's facts. */
class OwnOriginTest {

    private static final OwnOrigin LOOPBACK = new OwnOrigin(41234, "127.0.0.1", "127.0.0.1:41234", false);
    /** Bound to 0.0.0.0, reached on the LAN address, with the token checked. */
    private static final OwnOrigin BEYOND = new OwnOrigin(41234, "192.168.1.5", "stage-laptop.local:41234", true);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:41234", "http://localhost:41234", "http://LocalHost:41234", "http://[::1]:41234",
            "http://[0:0:0:0:0:0:0:1]:41234"})
    void everyLoopbackAliasOfThePortIsOwn(String origin) {
        assertEquals(Optional.empty(), LOOPBACK.refusal(origin, null));
        assertEquals(Optional.empty(), BEYOND.refusal(origin, null), "bound to 0.0.0.0, a page reached through 127.0.0.1 works");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example", "http://127.0.0.1:41235", "https://127.0.0.1:41234", "http://127.0.0.1",
            "null", "http://stage-laptop.local:41234", "not a url at all", "file:///tmp/page.html"})
    void anythingElseIsRefusedOnLoopback(String origin) {
        String reason = LOOPBACK.refusal(origin, null).orElseThrow(() -> new AssertionError(origin + " passed"));
        assertEquals("Origin " + origin + " is not this dashboard's page (http://127.0.0.1:41234): only its own page starts or stops runs",
                reason);
    }

    @Test
    void beyondLoopbackTheReachedAddressAndTheTypedNameAreOwn() {
        assertEquals(Optional.empty(), BEYOND.refusal("http://192.168.1.5:41234", null));
        assertEquals(Optional.empty(), BEYOND.refusal("http://Stage-Laptop.local:41234", null));
        assertTrue(BEYOND.refusal("http://evil.example:41234", null).isPresent());
    }

    @Test
    void onLoopbackTheHostHeaderIsNotTrustedAgainstDnsRebinding() {
        OwnOrigin rebound = new OwnOrigin(41234, "127.0.0.1", "evil.example:41234", false);
        assertTrue(rebound.refusal("http://evil.example:41234", null).isPresent());
    }

    @Test
    void theRefererCountsOnlyWithoutAnOrigin() {
        assertEquals(Optional.empty(), LOOPBACK.refusal(null, "http://127.0.0.1:41234/?talk"));
        assertTrue(LOOPBACK.refusal(null, "http://evil.example/page").orElseThrow().startsWith("Referer http://evil.example/page "));
        assertTrue(LOOPBACK.refusal("http://evil.example", "http://127.0.0.1:41234/").isPresent(), "the Origin decides when present");
    }

    @Test
    void neitherHeaderIsNoRefusalHereTheTokenOrLoopbackDecides() {
        assertEquals(Optional.empty(), LOOPBACK.refusal(null, null));
    }

    @Test
    void keysAreHostAndPortWithPort80ByDefault() {
        assertEquals("example.org:80", OwnOrigin.key("http://Example.org"));
        assertEquals("0:0:0:0:0:0:0:1:8080", OwnOrigin.key("http://[::1]:8080/x?y"));
        assertNull(OwnOrigin.key("https://example.org"));
        assertNull(OwnOrigin.key("null"));
    }
}
