package dev.loomshowcase.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Starts child JVMs and guarantees none is left behind.
 *
 * <p>Each child's stdout and stderr go to files (so a chatty child never blocks on a full pipe), its
 * run is bounded by a watchdog timeout, and a child that overruns is killed with its descendants.
 * A shutdown hook kills children still alive when the parent itself is stopped (e.g. by Ctrl-C).
 */
public final class ChildJvm implements AutoCloseable {

    private static final int TAIL_LINES = 5;
    /** How often a child's stdout is read for live lines while it runs. */
    static final long LIVE_POLL_MS = 50;

    private final Set<Process> live = ConcurrentHashMap.newKeySet();
    private final Thread reaper = new Thread(this::killAll, "child-jvm-reaper");
    private final Path workDir;

    /** Creates a launcher whose children write their output under a fresh temporary directory. */
    public ChildJvm() throws IOException {
        this.workDir = Files.createTempDirectory("loom-showcase-child-");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /** What a child printed, once it exited with code 0. */
    public record Output(List<String> stdout, List<String> stderr) {
    }

    /**
     * Runs a command to completion within {@code timeout}.
     *
     * @throws ChildJvmException when it cannot start, exits non-zero, or overruns (then it is killed)
     */
    public Output run(List<String> command, Duration timeout) throws ChildJvmException, InterruptedException {
        return run(command, timeout, null);
    }

    /**
     * Runs a command as {@link #run(List, Duration)} does and, while it runs, hands each {@link LiveLine}
     * the child prints to {@code liveLines} within about {@value #LIVE_POLL_MS} ms of its printing it.
     *
     * @param liveLines told each live line as it appears, on the calling thread; null to ignore them
     */
    public Output run(List<String> command, Duration timeout, Consumer<String> liveLines)
            throws ChildJvmException, InterruptedException {
        Path out = workDir.resolve("child-" + System.nanoTime() + ".out");
        Path err = workDir.resolve("child-" + System.nanoTime() + ".err");
        Process process = start(command, out, err);
        live.add(process);
        try {
            if (!awaitExit(process, timeout, liveLines == null ? null : new LiveTail(out, liveLines))) {
                kill(process);
                throw new ChildJvmException(ChildJvmException.Kind.TIMEOUT,
                        "overran its time limit of " + timeout.toSeconds() + " s and was killed" + tails(out, err));
            }
            if (process.exitValue() != 0) {
                throw new ChildJvmException(ChildJvmException.Kind.EXIT,
                        "exited with code " + process.exitValue() + tails(out, err));
            }
            return new Output(readLines(out), readLines(err));
        } finally {
            kill(process);
            live.remove(process);
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** Waits for the process to exit within {@code timeout}, following its live lines meanwhile when asked. */
    private static boolean awaitExit(Process process, Duration timeout, LiveTail tail) throws InterruptedException {
        if (tail == null) {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            boolean exited = process.waitFor(Math.min(left, TimeUnit.MILLISECONDS.toNanos(LIVE_POLL_MS)), TimeUnit.NANOSECONDS);
            tail.poll();
            if (exited) {
                return true;
            }
        }
    }

    private static Process start(List<String> command, Path out, Path err) throws ChildJvmException {
        try {
            return new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
        } catch (IOException e) {
            throw new ChildJvmException(ChildJvmException.Kind.START, "could not start: " + e.getMessage());
        }
    }

    /** Kills a process and its descendants and waits briefly for it to be gone. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The last lines of both streams, for a failure message. */
    private static String tails(Path out, Path err) {
        List<String> errTail = tail(readLines(err));
        List<String> outTail = tail(readLines(out));
        StringBuilder text = new StringBuilder();
        if (!errTail.isEmpty()) {
            text.append("; stderr: ").append(String.join(" | ", errTail));
        }
        if (!outTail.isEmpty()) {
            text.append("; stdout: ").append(String.join(" | ", outTail));
        }
        return text.toString();
    }

    private static List<String> tail(List<String> lines) {
        List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).toList();
        return nonBlank.subList(Math.max(0, nonBlank.size() - TAIL_LINES), nonBlank.size());
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of("(unreadable output: " + e.getMessage() + ")");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temp file is harmless; the directory is removed on close
        }
    }

    private void killAll() {
        live.forEach(ChildJvm::kill);
    }

    /** Kills any child still alive and removes the work directory. */
    @Override
    public void close() {
        killAll();
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: nothing to remove
        }
        try (var files = Files.list(workDir)) {
            files.forEach(ChildJvm::deleteQuietly);
        } catch (IOException ignored) {
            // best effort
        }
        deleteQuietly(workDir);
    }
}
