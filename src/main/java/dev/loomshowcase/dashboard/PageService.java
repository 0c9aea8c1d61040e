package dev.loomshowcase.dashboard;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The page and everything it loads, all from the class path, so the dashboard works with no network
 * (a conference hall's Wi-Fi): {@code /} the page, {@code /dashboard.js}, {@code /dashboard.css}, and
 * {@code /echarts.min.js}, the charting library from the same webjar {@code report.html} inlines.
 */
final class PageService implements HttpService {

    /** ECharts in its webjar (the version of pom.xml's org.webjars.npm:echarts). */
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private final byte[] page = resource("/dashboard/index.html");
    private final byte[] script = resource("/dashboard/dashboard.js");
    private final byte[] style = resource("/dashboard/dashboard.css");
    private final byte[] echarts = resource(ECHARTS);

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", (req, res) -> send(res, "text/html; charset=utf-8", page))
                .get("/dashboard.js", (req, res) -> send(res, "text/javascript; charset=utf-8", script))
                .get("/dashboard.css", (req, res) -> send(res, "text/css; charset=utf-8", style))
                .get("/echarts.min.js", (req, res) -> send(res, "text/javascript; charset=utf-8", echarts));
    }

    private static void send(ServerResponse response, String type, byte[] body) {
        response.status(Status.OK_200)
                .header(HeaderNames.CONTENT_TYPE, type)
                .header(HeaderNames.CACHE_CONTROL, "no-cache")
                .send(body);
    }

    /** A class-path resource's bytes; its absence is a broken build, said at start-up rather than on the first request. */
    static byte[] resource(String path) {
        try (InputStream in = PageService.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
