package dev.loomshowcase.engine;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watchdog and failure reporting of child JVMs, with children that misbehave on purpose. */
@Tag("slow")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChildJvmTest {

    private ChildJvm children;

    @BeforeEach
    void start() throws Exception {
        children = new ChildJvm();
    }

    @AfterEach
    void noChildLeftBehind() {
        children.close();
        assertEquals(0, ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count(),
                "a child JVM outlived its test");
    }

    private static List<String> child(String mode) {
        return List.of(ChildCommand.currentJavaLauncher(), "-cp", ChildCommand.currentClassPath(),
                MisbehavingChild.class.getName(), mode);
    }

    @Test
    void wellBehavedChildReturnsItsOutput() throws Exception {
        var output = children.run(child("ok"), Duration.ofSeconds(30));
        assertTrue(output.stdout().getFirst().startsWith(ChildReport.MARKER));
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void liveLinesReachTheListenerWhileTheChildStillRuns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path seen = dir.resolve("seen");
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        var command = List.of(ChildCommand.currentJavaLauncher(), "-cp", ChildCommand.currentClassPath(),
                MisbehavingChild.class.getName(), "live", seen.toString());
        var output = children.run(command, Duration.ofSeconds(30), line -> {
            lines.add(line);
            try {
                java.nio.file.Files.createFile(seen);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(1, lines.size(), "only the live line is forwarded, once: " + lines);
        assertEquals("ForkJoinPool-1-worker-1", LiveLine.parse(lines.getFirst()).orElseThrow().get("carrier"));
        assertTrue(output.stdout().getLast().startsWith(ChildReport.MARKER),
                "the child printed its result only after the parent had seen its live line: " + output.stdout());
    }

    @Test
    void earlyExitIsReportedWithCodeAndLastLines() {
        var e = assertThrows(ChildJvmException.class, () -> children.run(child("exit"), Duration.ofSeconds(30)));
        assertEquals(ChildJvmException.Kind.EXIT, e.kind());
        assertTrue(e.getMessage().contains("code 3"), e.getMessage());
        assertTrue(e.getMessage().contains("giving up early"), e.getMessage());
    }

    @Test
    void crashIsReportedWithTheExceptionLine() {
        var e = assertThrows(ChildJvmException.class, () -> children.run(child("crash"), Duration.ofSeconds(30)));
        assertEquals(ChildJvmException.Kind.EXIT, e.kind());
        assertTrue(e.getMessage().contains("boom in the child"), e.getMessage());
    }

    @Test
    void hangingChildIsKilledAtItsTimeLimit() {
        long start = System.nanoTime();
        var e = assertThrows(ChildJvmException.class, () -> children.run(child("hang"), Duration.ofSeconds(3)));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(ChildJvmException.Kind.TIMEOUT, e.kind());
        assertTrue(e.getMessage().contains("hanging now"), e.getMessage());
        assertTrue(seconds >= 2.9 && seconds < 20, "killed after " + seconds + " s, limit 3 s");
    }

    @Test
    void garbageOutputIsNoResult() throws Exception {
        var output = children.run(child("garbage"), Duration.ofSeconds(30));
        var e = assertThrows(ChildJvmException.class, () -> CellRunner.parse(output));
        assertEquals(ChildJvmException.Kind.NO_RESULT, e.kind());
        assertTrue(e.getMessage().contains("not a result at all"), e.getMessage());
    }

    @Test
    void unknownWorkloadFailsTheCellWithItsMessage() throws Exception {
        var runner = CellRunner.forCurrentJvm(children);
        var spec = new CellSpec("no-such-workload", ThreadModel.SEQUENTIAL, 1, 0, 1, java.util.Map.of());
        CellOutcome outcome = runner.run(spec, Duration.ofSeconds(30));
        assertTrue(!outcome.ok());
        assertTrue(outcome.error().contains("unknown workload 'no-such-workload'"), outcome.error());
    }
}
