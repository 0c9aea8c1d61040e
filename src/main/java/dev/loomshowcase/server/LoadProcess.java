package dev.loomshowcase.server;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Starts {@link LoadProcessMain} in a JVM of its own, on this JVM's class path, relays the window
 * boundaries it prints and returns its report. The process is killed if this side stops waiting.
 */
final class LoadProcess {

    private LoadProcess() {
    }

    /** Runs the load in its own process; {@code boundaries} hears each window boundary as it passes. */
    static LoadReport run(LoadSpec spec, int windows, IntConsumer boundaries) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(spec, windows)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            LoadReport report = null;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(LoadProcessMain.BOUNDARY)) {
                    boundaries.accept(Integer.parseInt(line.substring(LoadProcessMain.BOUNDARY.length()).trim()));
                } else if (line.startsWith(LoadProcessMain.REPORT)) {
                    report = new ObjectMapper().readValue(line.substring(LoadProcessMain.REPORT.length()), LoadReport.class);
                }
            }
            if (!process.waitFor(30, TimeUnit.SECONDS) || report == null) {
                throw new IOException("the load process ended without a report (exit " + (process.isAlive() ? "none" : process.exitValue()) + ")");
            }
            return report;
        } finally {
            process.destroyForcibly();
        }
    }

    private static List<String> command(LoadSpec spec, int windows) {
        return HelperJvm.command("load", List.of("-XX:+UseSerialGC"), LoadProcessMain.class, List.of(spec.target().toString(),
                Integer.toString(spec.concurrency()), Long.toString(spec.warmup().toMillis()), Long.toString(spec.duration().toMillis()),
                Integer.toString(windows), Long.toString(spec.requestTimeout().toMillis()), Long.toString(spec.rampUp().toMillis())));
    }
}
