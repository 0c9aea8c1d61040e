package dev.loomshowcase.report;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@Tag("slow")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HtmlReportTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void pageIsSelfContainedAndHasAChartPerMeasuredScenario() {
        String html = HtmlReport.render(Reports.sample());
        assertFalse(Pattern.compile("src=\"https?:|href=\"https?:[^\"]*\\.(js|css)", Pattern.CASE_INSENSITIVE)
                .matcher(html).find(), "the page must not load anything from the network");
        assertTrue(html.contains("echarts"), "ECharts is inlined");
        assertEquals(3, count(html, "<canvas class=\"chart\""), "one chart per scenario with cells");
        assertTrue(html.contains("not in this build"), "the unavailable row is shown");
    }

    @Test
    void chartsAreDrawnInAHeadlessBrowser(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM),
                "SKIPPED: /usr/bin/chromium is absent; install Debian's chromium package (.ci/run does) to check the charts");
        Path page = dir.resolve("report.html");
        Files.writeString(page, HtmlReport.render(Reports.sample()), StandardCharsets.UTF_8);
        String dom = dumpDom(page, dir);
        assertTrue(dom.contains("data-charts-ready=\"true\""), "the drawing script ran to its end");
        Matcher painted = Pattern.compile("data-painted-pixels=\"(\\d+)\"").matcher(dom);
        int charts = 0;
        while (painted.find()) {
            charts++;
            assertTrue(Integer.parseInt(painted.group(1)) > 1000, "a chart painted only " + painted.group(1) + " pixels");
        }
        assertEquals(3, charts, "every chart reported its painted pixels");
        assertEquals(3, count(dom, "data-chart-drawn=\"true\""));
    }

    @Test
    void browserCheckFailsWhenTheChartLibraryIsMissing(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "SKIPPED: /usr/bin/chromium is absent");
        Path page = dir.resolve("report.html");
        String withoutLibrary = HtmlReport.render(Reports.sample()).replace(HtmlReport.echarts(), "");
        Files.writeString(page, withoutLibrary, StandardCharsets.UTF_8);
        String dom = dumpDom(page, dir);
        assertEquals(0, count(dom, "data-chart-drawn=\"true\""), "no library, no chart: the check must see that");
    }

    /** Loads the page with no network and returns the DOM after its scripts ran. */
    private static String dumpDom(Path page, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("dom.html");
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--proxy-server=127.0.0.1:" + dev.loomshowcase.ClosedPort.next(), "--user-data-dir=" + dir.resolve("profile"),
                "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString()))
                .redirectOutput(out.toFile())
                .redirectError(dir.resolve("chromium.err").toFile())
                .start();
        try {
            assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "chromium did not finish within 60 s");
        } finally {
            chromium.destroyForcibly();
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }
}
