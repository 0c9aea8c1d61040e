package dev.loomshowcase.report;

import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.Units;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Renders the report as one self-contained HTML page: the matrix, then per scenario a chart of
 * speedup per thread model and carrier count, drawn by ECharts. The library is read from its webjar
 * on the class path and inlined, so the page needs no network. Each chart draws into a
 * {@code <canvas>} of the page and marks it {@code data-chart-drawn="true"} once pixels are painted,
 * which is what the headless-browser test checks.
 */
public final class HtmlReport {

    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private HtmlReport() {
    }

    public static String render(VerdictReport report) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>loom-showcase: the decision matrix, measured</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:2em;max-width:70em;color:#222}
                table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.4em .6em;vertical-align:top}
                th{background:#f3f3f3}.helps{color:#17803d}.not{color:#b42318}.failed{background:#fde2e1}
                .disagrees{font-weight:bold;color:#b42318}canvas.chart{display:block;margin:1em 0}
                </style></head><body>
                """);
        html.append("<h1>").append(esc(report.title())).append("</h1>\n");
        var env = report.environment();
        html.append(String.format(Locale.ROOT, "<p>JDK %s, %d cores, %s, %s mode, measured %s. Speedup = sequential "
                        + "time / virtual-thread time (medians); in the server row, requests/s of the virtual-thread server "
                        + "/ the best platform-thread rival (a pool of 200 or a thread per request) at the same load (the seed has no server row). The mark follows the cell's verdict.</p>%n",
                esc(env.jdk()), env.cores(), esc(env.os()), esc(report.mode()), esc(env.measuredAt())));
        matrix(html, report);
        if (!report.notes().isEmpty()) {
            html.append("<h2>Said plainly</h2><ul>\n");
            report.notes().forEach(n -> html.append("<li>").append(esc(n)).append("</li>\n"));
            html.append("</ul>\n");
        }
        report.scenarios().forEach(s -> scenario(html, s));
        html.append("<script>\n").append(echarts()).append("\n</script>\n<script>\n");
        html.append("const CHARTS = ").append(jsonForScript(report)).append(";\n").append(DRAW);
        html.append("const SWEEPS = ").append(sweepsForScript(report)).append(";\n").append(DRAW_SWEEPS).append("</script>\n");
        return html.append("</body></html>\n").toString();
    }

    private static void matrix(StringBuilder html, VerdictReport report) {
        html.append("<table id=\"matrix\"><tr><th>Workload</th><th>Single carrier</th><th>Multiple carriers</th>"
                + "<th>Seed's why</th></tr>\n");
        report.matrix().forEach((id, row) -> html.append("<tr data-row=\"").append(esc(id)).append("\"><th>")
                .append(esc(row.title())).append("<br><code>").append(esc(row.scenario())).append("</code></th>")
                .append(cell(row.single())).append(cell(row.multi())).append("<td>").append(esc(row.seedWhy()))
                .append("</td></tr>\n"));
        html.append("</table>\n");
    }

    private static String cell(MatrixCell cell) {
        String css = cell.verdict().equals("failed") ? "failed" : cell.helps() ? "helps" : "not";
        StringBuilder td = new StringBuilder("<td class=\"").append(css).append("\"><b>").append(esc(cell.mark()));
        if (cell.speedup() != null) {
            td.append(" " + Units.speedup(cell.speedup()));
        }
        td.append("</b> ").append(cell.cell() == null ? "" : "<code>" + esc(cell.cell()) + "</code>")
                .append("<br>").append(esc(cell.reason()));
        if (cell.rival() != null) {
            td.append("<br>" + Units.speedup(cell.vsRival()) + " vs <code>" + esc(cell.rival()) + "</code>");
        }
        td.append(Matrix.isServer(cell) ? "<br>tests the seed's I/O row: " : "<br>seed: ").append(esc(Marks.seed(cell.seed()))).append(" <span class=\"").append(esc(cell.agreement()))
                .append("\">(").append(esc(cell.agreement())).append(")</span></td>");
        return td.toString();
    }

    private static void scenario(StringBuilder html, ScenarioResult s) {
        html.append("<h2>").append(esc(s.scenario())).append("</h2>\n<p>").append(esc(s.title())).append("</p>\n");
        if (!s.hypothesis().isBlank()) {
            html.append("<blockquote>").append(esc(s.hypothesis())).append("</blockquote>\n");
        }
        if (!s.cells().isEmpty()) {
            html.append("<canvas class=\"chart\" width=\"760\" height=\"320\" data-scenario=\"").append(esc(s.scenario()))
                    .append("\"></canvas>\n");
        }
        if (SweepChart.of(s).isPresent()) {
            html.append("<canvas class=\"sweep\" width=\"760\" height=\"320\" data-scenario=\"").append(esc(s.scenario()))
                    .append("\"></canvas>\n");
        }
        html.append("<table><tr><th>cell</th><th>median ms</th><th>min..max ms</th><th>CPU</th><th>speedup</th>"
                + "<th>verdict</th><th>why</th></tr>\n");
        for (CellResult c : s.cells()) {
            html.append("<tr><td>").append(esc(c.label())).append("</td>");
            if (c.wallMs() == null) {
                html.append("<td>-</td><td>-</td><td>-</td><td>-</td>");
            } else {
                html.append(String.format(Locale.ROOT, "<td>%s</td><td>%s</td><td>%.0f%%</td><td>%s</td>",
                        Units.duration(c.wallMs().median()), Units.range(c.wallMs().min(), c.wallMs().max()),
                        c.cpuShare() * 100, c.speedup() == null ? "-" : Units.speedup(c.speedup())));
            }
            html.append("<td>").append(esc(c.verdict().id())).append("</td><td>").append(esc(c.reason())).append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (!s.notes().isEmpty()) {
            html.append("<ul>");
            s.notes().forEach(n -> html.append("<li>").append(esc(n)).append("</li>"));
            html.append("</ul>\n");
        }
    }

    private static String jsonForScript(VerdictReport report) {
        var charts = report.scenarios().stream().filter(s -> !s.cells().isEmpty()).map(ChartData::of).toList();
        return Json.compact(charts).replace("<", "\\u003c");
    }

    private static String sweepsForScript(VerdictReport report) {
        var sweeps = report.scenarios().stream().flatMap(s -> SweepChart.of(s).stream()).toList();
        return Json.compact(sweeps).replace("<", "\\u003c");
    }

    /** The ECharts library, from its webjar on the class path. */
    static String echarts() {
        try (InputStream in = HtmlReport.class.getResourceAsStream(ECHARTS)) {
            if (in == null) {
                throw new IllegalStateException("ECharts is missing from the class path (" + ECHARTS + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ECharts from the class path", e);
        }
    }

    static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** Draws every chart, then marks each canvas with how many pixels it painted. */
    private static final String DRAW = """
            document.querySelectorAll('canvas.chart').forEach(function (canvas) {
              var data = CHARTS.find(function (c) { return c.scenario === canvas.dataset.scenario; });
              if (!data) { canvas.setAttribute('data-chart-drawn', 'false'); return; }
              var chart = echarts.init(canvas, null, {renderer: 'canvas', devicePixelRatio: 1});
              var names = Object.keys(data.series);
              chart.setOption({
                animation: false,
                title: {text: data.title, left: 'center', textStyle: {fontSize: 14}},
                tooltip: {trigger: 'axis'},
                legend: {data: names, top: 26},
                grid: {top: 70, left: 60, right: 20, bottom: 40},
                xAxis: {type: 'category', data: data.carriers},
                yAxis: {type: 'value', name: 'speedup (x)', min: 0},
                series: names.map(function (name, i) {
                  var s = {name: name, type: 'bar', data: data.series[name],
                           label: {show: true, position: 'top', formatter: function (p) { return p.value + 'x'; }}};
                  if (i === 0) {
                    s.markLine = {symbol: 'none', label: {formatter: 'sequential = 1x', position: 'insideEndTop'}, data: [{yAxis: 1}]};
                  }
                  return s;
                })
              });
              var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              var painted = 0;
              for (var p = 3; p < pixels.length; p += 4) { if (pixels[p] !== 0) { painted++; } }
              canvas.setAttribute('data-painted-pixels', String(painted));
              canvas.setAttribute('data-chart-drawn', painted > 0 ? 'true' : 'false');
            });
            document.body.setAttribute('data-charts-ready', 'true');
            """;

    /** Draws each open-model sweep: p99 against offered rate, one line per rival, then marks its canvas as drawn. */
    private static final String DRAW_SWEEPS = """
            document.querySelectorAll('canvas.sweep').forEach(function (canvas) {
              var data = SWEEPS.find(function (c) { return c.scenario === canvas.dataset.scenario; });
              if (!data) { canvas.setAttribute('data-chart-drawn', 'false'); return; }
              var chart = echarts.init(canvas, null, {renderer: 'canvas', devicePixelRatio: 1});
              var names = Object.keys(data.series);
              chart.setOption({
                animation: false,
                title: {text: data.title, left: 'center', textStyle: {fontSize: 14}},
                tooltip: {trigger: 'item'},
                legend: {data: names, top: 26},
                grid: {top: 70, left: 70, right: 20, bottom: 40},
                xAxis: {type: 'value', name: 'offered req/s', nameLocation: 'middle', nameGap: 26},
                yAxis: {type: data.logY ? 'log' : 'value', name: 'p99 ms' + (data.logY ? ' (log)' : '')},
                series: names.map(function (name) {
                  return {name: name, type: 'line', data: data.series[name], symbolSize: 7};
                })
              });
              var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
              var painted = 0;
              for (var p = 3; p < pixels.length; p += 4) { if (pixels[p] !== 0) { painted++; } }
              canvas.setAttribute('data-painted-pixels', String(painted));
              canvas.setAttribute('data-chart-drawn', painted > 0 ? 'true' : 'false');
            });
            """;
}
