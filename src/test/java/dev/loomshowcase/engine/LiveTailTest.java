package dev.loomshowcase.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Following a child's stdout: live lines once each, whole, and nothing else. */
@org.junit.jupiter.api.Timeout(30)
class LiveTailTest {

    @Test
    void forwardsEachCompleteLiveLineOnceAndIgnoresOtherOutput(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("child.out");
        List<String> seen = new ArrayList<>();
        LiveTail tail = new LiveTail(out, seen::add);
        tail.poll();
        assertTrue(seen.isEmpty(), "no file yet, nothing to forward");

        append(out, "warming up\n" + LiveLine.MARKER + "{\"type\":\"phase\",\"task\":\"A\"}\n" + LiveLine.MARKER + "{\"type\":\"ph");
        tail.poll();
        assertEquals(1, seen.size(), "a line still being written waits for its newline: " + seen);

        append(out, "ase\",\"task\":\"B\"}\n" + ChildReport.MARKER + "{}\n");
        tail.poll();
        tail.poll();
        assertEquals(2, seen.size(), "each line once, the result line not at all: " + seen);
        assertEquals("B", LiveLine.parse(seen.get(1)).orElseThrow().get("task"));
    }

    @Test
    void unreadableLiveLineParsesToNothing() {
        assertTrue(LiveLine.parse(LiveLine.MARKER + "{not json").isEmpty());
        assertTrue(LiveLine.parse("ordinary output").isEmpty());
        assertEquals(Map.of("type", "x"), LiveLine.parse(LiveLine.MARKER + "{\"type\":\"x\"}").orElseThrow());
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
