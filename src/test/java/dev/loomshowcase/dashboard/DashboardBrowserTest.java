package dev.loomshowcase.dashboard;

import dev.loomshowcase.report.VerdictReport;
import org.junit.jupiter.api.Tag;
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
 * The page in a real browser (Debian's headless Chromium, as the HTML report's test uses): a speaker
 * clicks a scene, the lanes are drawn while its cells run and the results land in the table; a browser
 * closed mid-run leaves no child JVM behind. Skipped when /usr/bin/chromium is absent.
 */
@Tag("slow")
@Timeout(300)
class DashboardBrowserTest {

    private static VerdictReport noMainJob() {
        throw new IllegalStateException("the main job is not run by this test");
    }

    private static Dashboard start(long unwatchedLimitMs) {
        return Dashboard.start(new Dashboard.Settings("127.0.0.1", 0, unwatchedLimitMs),
                (options, progress, planned) -> noMainJob());
    }

    @Test
    void aSceneStartedFromThePageDrawsItsLanesAndLandsItsResults(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(HeadlessChromium.BINARY),
                "SKIPPED: /usr/bin/chromium is absent; install Debian's chromium package (.ci/run does) to drive the dashboard");
        try (Dashboard dashboard = start(30_000);
             HeadlessChromium chromium = HeadlessChromium.open(dashboard.uri().resolve("/"), dir)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> chromium.evaluate("document.getElementById('run-timeline') !== null").asBoolean());
            chromium.evaluate("document.getElementById('carriers').value = '1,2'; document.getElementById('mode').value = 'quick'; "
                    + "document.getElementById('run-timeline').click(); true");
            await().atMost(Duration.ofSeconds(200)).pollInterval(Duration.ofMillis(500))
                    .until(() -> chromium.evaluate("document.body.dataset.runEnded === 'true'").asBoolean());
            assertEquals(3, chromium.evaluate("document.querySelectorAll('#results .result-row').length").asInt(),
                    "one result row per cell: sequential@1, virtual@1, virtual@2");
            String verdicts = chromium.evaluate("[...document.querySelectorAll('#results .result-row')].map(r => r.dataset.verdict).join(',')").asText();
            assertTrue(verdicts.startsWith("baseline,") && !verdicts.contains("pending") && !verdicts.contains("failed"), verdicts);
            int bars = chromium.evaluate("document.querySelectorAll('#lanes .lane-bar.cpu').length").asInt();
            assertEquals(3 * 8, bars, "8 CPU phases (A1..D2) drawn for each of the 3 cells");
            int blocks = chromium.evaluate("document.querySelectorAll('#lanes .cell-block').length").asInt();
            assertEquals(3, blocks, "a block of lanes per cell");
            String progress = chromium.evaluate("document.getElementById('progress').textContent").asText();
            assertTrue(progress.startsWith("timeline: done after"), progress);
        }
    }

    @Test
    void closingTheBrowserMidRunLeavesNoChildJvm(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(HeadlessChromium.BINARY), "SKIPPED: /usr/bin/chromium is absent");
        try (Dashboard dashboard = start(1_000)) {
            HeadlessChromium chromium = HeadlessChromium.open(dashboard.uri().resolve("/"), dir);
            try (chromium) {
                await().atMost(Duration.ofSeconds(30)).until(() -> chromium.evaluate("document.getElementById('run-million') !== null").asBoolean());
                chromium.evaluate("document.getElementById('mode').value = 'standard'; document.getElementById('run-million').click(); true");
                await().atMost(Duration.ofSeconds(60)).until(() -> childJvms() > 0);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> childJvms() == 0);
            await().atMost(Duration.ofSeconds(10)).until(() -> !dashboard.running());
        }
    }

    /** Java processes this JVM started (child JVMs of cells); the browser's own processes are not counted. */
    private static long childJvms() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).count();
    }
}
