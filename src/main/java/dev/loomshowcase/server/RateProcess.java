package dev.loomshowcase.server;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link RateProcessMain} in a JVM of its own, on this JVM's class path, and returns one
 * {@link RateResult} per offered rate. The process is killed if this side stops waiting.
 */
final class RateProcess {

    private RateProcess() {
    }

    /** Offers each of {@code rates} to {@code base} in turn, each with {@code base}'s warm-up and window. */
    static List<RateResult> run(RateSpec base, List<Double> rates) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(base, rates, dev.loomshowcase.engine.ChildCommand.currentJavaLauncher(),
                dev.loomshowcase.engine.ChildCommand.currentClassPath())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            List<RateResult> results = new ArrayList<>();
            ObjectMapper json = new ObjectMapper();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(RateProcessMain.RATE)) {
                    results.add(json.readValue(line.substring(RateProcessMain.RATE.length()), RateResult.class));
                }
            }
            if (!process.waitFor(30, TimeUnit.SECONDS) || results.size() != rates.size()) {
                throw new IOException("the rate process ended after " + results.size() + " of " + rates.size()
                        + " rates (exit " + (process.isAlive() ? "none" : process.exitValue()) + ")");
            }
            return results;
        } finally {
            process.destroyForcibly();
        }
    }

    /** The child's command line: a pure function of the spec, the rates, the java binary and the class path. */
    static List<String> command(RateSpec base, List<Double> rates, String java, String classPath) {
        List<String> args = new ArrayList<>(List.of(base.target().toString(),
                Long.toString(base.warmup().toMillis()), Long.toString(base.duration().toMillis()),
                Long.toString(base.requestTimeout().toMillis()), Integer.toString(base.maxInFlight())));
        rates.forEach(r -> args.add(String.format(Locale.ROOT, "%.3f", r)));
        return HelperJvm.command("rate", java, classPath, List.of("-XX:+UseSerialGC"), RateProcessMain.class, args);
    }

    /** How long {@link #run} may take at most: each rate's warm-up, window and stragglers, plus start-up. */
    static Duration bound(RateSpec base, int rates) {
        return base.warmup().plus(base.duration()).plus(base.requestTimeout()).multipliedBy(rates).plus(base.warmup()).plusSeconds(30);
    }
}
