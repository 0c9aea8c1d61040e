package dev.loomshowcase.server;

import dev.loomshowcase.stubs.StubProcessMain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The stubs of one {@code server} cell in a JVM of their own, with the delay that cell's level needs:
 * their CPU is read by process id, apart from the server's. They stop when this JVM closes them or
 * ends (their standard input closes).
 */
final class StubsProcess implements AutoCloseable {

    private static final long START_SECONDS = 60;

    private final Process process;
    private final URI baseUrl;

    private StubsProcess(Process process, URI baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts stubs whose mapped delays are scaled by {@code delayScale}; waits until they listen. */
    static StubsProcess start(Path dir, double delayScale) throws IOException, InterruptedException {
        List<String> command = HelperJvm.command("stubs", List.of(), StubProcessMain.class,
                List.of(dir.toAbsolutePath().toString(), Double.toString(delayScale)));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String listening = line.get(START_SECONDS, TimeUnit.SECONDS);
            if (listening == null || !listening.startsWith(StubProcessMain.LISTENING)) {
                throw new IOException("the stubs process did not start: " + listening);
            }
            return new StubsProcess(process, URI.create(listening.substring(StubProcessMain.LISTENING.length()).trim()));
        } catch (ExecutionException | TimeoutException | IOException e) {
            process.destroyForcibly();
            throw new IOException("the stubs process did not start within " + START_SECONDS + " s", e);
        }
    }

    URI baseUrl() {
        return baseUrl;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
