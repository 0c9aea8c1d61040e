package dev.loomshowcase.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** fetch-all through the command line against stubs running apart from it (--stubs), with --json. */
@Tag("slow")
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class FetchAllCommandTest {

    @Test
    void externalStubsAndJsonOutputFollowTheDocumentedFormat(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("out/fetch-all.json");
        StringWriter out = new StringWriter();
        int code;
        try (StubServer stubs = StubServer.start(StubDirectory.locate(), 0, 0.2)) {
            CommandLine cmd = Main.commandLine();
            cmd.setOut(new PrintWriter(out, true));
            cmd.setErr(new PrintWriter(new StringWriter(), true));
            code = cmd.execute("fetch-all", "--quick", "--carriers", "1",
                    "--stubs", stubs.baseUrl().toString(), "--json", json.toString());
        }
        assertEquals(0, code, out.toString());
        assertTrue(out.toString().contains("virtual@1"), out.toString());

        JsonNode doc = Json.mapper().readTree(json.toFile());
        assertEquals("fetch-all", doc.path("scenario").asText());
        assertTrue(doc.path("environment").path("jdk").asText().startsWith("25"), doc.path("environment").toString());
        assertEquals(Runtime.getRuntime().availableProcessors(), doc.path("environment").path("cores").asInt());
        JsonNode cells = doc.path("cells");
        assertEquals(4, cells.size(), cells.toString()); // sequential, virtual, platform-pool, async
        for (JsonNode cell : cells) {
            for (String field : new String[] {"model", "carriers", "speedup", "verdict", "reason"}) {
                assertTrue(cell.has(field), "cell lacks " + field + ": " + cell);
            }
            JsonNode wall = cell.path("wallMs");
            assertTrue(wall.path("min").asDouble() <= wall.path("median").asDouble()
                    && wall.path("median").asDouble() <= wall.path("max").asDouble(), wall.toString());
            assertTrue(cell.path("cpuMs").has("median"), cell.toString());
        }
    }
}
