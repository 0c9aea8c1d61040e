package dev.loomshowcase.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code showcase pool} end to end on the embedded database, and its bad input. */
@Tag("slow")
class PoolCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString().strip());
    }

    @Test
    @Timeout(240)
    void embeddedDatabaseCapsEveryModelAtLittlesBoundAndStopsAfterwards(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("pool.json");
        Run run = run("pool", "--quick", "--carriers", "2", "--tasks", "60", "--pool", "4", "--query-ms", "40",
                "--json", json.toString());
        assertEquals(0, run.code(), run.err());
        JsonNode cells = new ObjectMapper().readTree(json.toFile()).get("cells");
        assertEquals(4, cells.size(), cells.toString());
        JsonNode virtual = cells.get(1);
        assertEquals("virtual", virtual.get("model").asText());
        double reached = virtual.get("throughput").asDouble() / virtual.get("littleBound").asDouble();
        assertEquals(100.0, virtual.get("littleBound").asDouble(), 1e-9, "4 connections / 40 ms");
        assertTrue(reached > 0.5 && reached <= 1.05, "virtual reached " + reached + " of min(N, P) / W");
        assertTrue(virtual.has("connectionWaitMs") && virtual.has("pinnedEvents") && virtual.has("connectionTimeouts"),
                virtual.toString());
        assertTrue(run.out().contains("Little's bound"), run.out());
        await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
    }

    static List<Object[]> badInput() {
        return List.of(
                new Object[]{List.of("pool", "--pool", "0"), 2, "below 1"},
                new Object[]{List.of("pool", "--tasks", "0"), 2, "below 1"},
                new Object[]{List.of("pool", "--query-ms", "soon"), 2, "whole number"},
                new Object[]{List.of("pool", "--connection-timeout-ms", "100"), 2, "250"},
                new Object[]{List.of("pool", "--jdbc-url", "jdbc:mysql://127.0.0.1/x"), 1, "unsupported JDBC URL"},
                new Object[]{List.of("pool", "--jdbc-url", "jdbc:postgresql://127.0.0.1:" + dev.loomshowcase.ClosedPort.next() + "/x?user=u&password=secret"), 1, "cannot connect"});
    }

    @ParameterizedTest
    @MethodSource("badInput")
    @Timeout(60)
    void badInputIsOneLineAndNothingRuns(List<String> args, int expectedCode, String expected) {
        Run run = run(args.toArray(String[]::new));
        assertEquals(expectedCode, run.code(), "exit code for " + args + "; stderr: " + run.err());
        assertTrue(run.err().contains(expected), "stderr should mention " + expected + ": " + run.err());
        assertFalse(run.err().contains("\n") || run.err().contains("\tat "), "one line, no stack trace: " + run.err());
        assertFalse(run.err().contains("secret"), "the password stays out of messages: " + run.err());
        assertTrue(ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive), "no child process started");
    }
}
