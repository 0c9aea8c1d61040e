package dev.loomshowcase.dashboard;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The token beyond loopback, and the addresses that need one. */
class AccessTokenTest {

    @Test
    void aRandomTokenIsUrlSafeLongAndNewEachTime() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String value = AccessToken.random().value();
            assertTrue(value.matches("[A-Za-z0-9_-]{43}"), value);
            assertTrue(seen.add(value), "a token came twice: " + value);
        }
    }

    @Test
    void onlyTheWholeTokenMatches() {
        AccessToken token = new AccessToken("abcdef");
        assertTrue(token.matches("abcdef"));
        assertFalse(token.matches("abcdeg"));
        assertFalse(token.matches("abcde"), "a prefix");
        assertFalse(token.matches("abcdefg"), "a longer one");
        assertFalse(token.matches(""));
        assertFalse(token.matches(null));
        assertThrows(IllegalArgumentException.class, () -> new AccessToken(""));
    }

    @Test
    void itsTextNeverShowsTheSecret() {
        AccessToken token = AccessToken.random();
        assertFalse(token.toString().contains(token.value()), token.toString());
    }

    @Test
    void loopbackNeedsNoTokenAndEverythingElseDoes() {
        for (String host : new String[] {"127.0.0.1", "localhost", "::1", "[::1]", "127.0.1.1"}) {
            assertTrue(Reach.isLoopback(host), host);
            assertTrue(RequestGuard.forHost(host).token().isEmpty(), host);
            assertTrue(Reach.note("serve", host, 8080).isEmpty(), host);
        }
        for (String host : new String[] {"0.0.0.0", "::", "192.168.1.5", "", "no-such-host.invalid"}) {
            assertFalse(Reach.isLoopback(host), host);
            assertTrue(RequestGuard.forHost(host).token().isPresent(), host);
        }
    }

    @Test
    void beyondLoopbackOneLineSaysWhoCanReachIt() {
        assertEquals("serve bound to 0.0.0.0 (every interface): anyone who can reach this machine on port 8080 can use it",
                Reach.note("serve", "0.0.0.0", 8080).orElseThrow());
        assertEquals("stubs bound to 192.168.1.5: anyone who can reach 192.168.1.5 on port 9090 can use it",
                Reach.note("stubs", "192.168.1.5", 9090).orElseThrow());
    }
}
