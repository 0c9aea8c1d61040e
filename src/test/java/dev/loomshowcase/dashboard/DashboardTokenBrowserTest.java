package dev.loomshowcase.dashboard;

import dev.loomshowcase.report.VerdictReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page of a dashboard beyond loopback, in headless Chromium: opened from the printed URL, it keeps
 * the token and sends it with its run (header) and its stream (query); a request of the same page
 * without it is refused. The server binds loopback with the guard of one beyond it, so the test opens
 * nothing to the network. Skipped when /usr/bin/chromium is absent.
 */
@Timeout(120)
class DashboardTokenBrowserTest {

    private static VerdictReport noMainJob() {
        throw new IllegalStateException("the main job is not run by this test");
    }

    @Test
    void thePageOpenedFromThePrintedUrlSendsItsTokenWithRunsAndTheStream(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(HeadlessChromium.BINARY), "SKIPPED: /usr/bin/chromium is absent");
        RequestGuard guard = RequestGuard.withToken(AccessToken.random());
        try (Dashboard dashboard = Dashboard.start(Dashboard.Settings.loopback(0), guard, (options, progress, planned) -> noMainJob());
             HeadlessChromium chromium = HeadlessChromium.open(dashboard.address(), dir)) {
            String token = guard.token().orElseThrow().value();
            assertEquals(dashboard.uri() + "/?token=" + token, dashboard.address().toString(), "the URL printed at start");
            await().atMost(Duration.ofSeconds(30)).until(() -> chromium.evaluate("document.getElementById('run-env') !== null").asBoolean());
            chromium.evaluate("document.getElementById('run-env').click(); true");
            await().atMost(Duration.ofSeconds(30)).until(() -> chromium.evaluate("document.body.dataset.runEnded === 'true'").asBoolean());
            assertTrue(chromium.evaluate("document.getElementById('env').textContent").asText().contains("cores"),
                    "the env facts came through the stream, which needs the token");
            assertEquals("", chromium.evaluate("document.getElementById('message').textContent").asText(), "no refusal shown");
            int without = chromium.evaluate("fetch('/run/env', {method: 'POST'}).then(r => r.status)").asInt();
            assertEquals(403, without, "the same page without the token");
        }
    }
}
