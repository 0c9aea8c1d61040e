package dev.loomshowcase.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.scenes.yours.PersonsCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code yours}: bad input in one line with exit 2, a throwing or hanging task with exit 1, and a real run. */
@Tag("slow")
class YoursCommandTest {

    @TempDir
    static Path dir;
    static String jar;

    private record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void compile() throws Exception {
        jar = PersonsCode.compile(dir).toString();
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertRefused(Run run, String expected) {
        assertEquals(2, run.code(), run.err());
        String err = run.err().strip();
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.startsWith("showcase: " + expected), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }

    @Test
    void refusesBadInputInOneLine() {
        assertRefused(run("yours", "--jar", jar, "--class", "acme.Missing"), "no such class: acme.Missing");
        assertRefused(run("yours", "--jar", dir.resolve("gone.jar").toString(), "--class", "acme.Sleeper"), "no such jar: ");
        assertRefused(run("yours", "--jar", jar, "--class", "acme.NoDefault"), "acme.NoDefault has no public no-argument constructor");
        assertRefused(run("yours", "--jar", jar, "--class", "acme.Plain"), "acme.Plain is neither a Runnable nor a Callable");
        assertRefused(run("yours", "--url", "http://192.0.2.10/x"), "--url 192.0.2.10 is not a loopback address");
        assertRefused(run("yours", "--jar", jar), "name your task with exactly one of --class, --method, --url");
        assertRefused(run("yours", "--jar", jar, "--classpath", jar, "--class", "acme.Sleeper"), "--jar and --classpath exclude each other");
    }

    @Test
    @Timeout(120)
    void aThrowingTaskExitsOneWithWhatItThrewAndWhere() {
        Run run = run("yours", "--jar", jar, "--class", "acme.Boom", "--quick");
        assertEquals(1, run.code(), run.err());
        String last = run.err().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("showcase: your task failed: acme.Boom threw java.lang.IllegalStateException: boom at acme.Boom.run(Boom.java:"),
                run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    @Timeout(120)
    void aHangingTaskIsStoppedByTheTimeLimitAndLeavesNoProcess() {
        Run run = run("yours", "--jar", jar, "--class", "acme.Hang", "--quick", "--timeout", "3s");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().strip().endsWith("showcase: your task did not finish within the cell's time limit of 3 s (--timeout); "
                + "its child JVM was stopped"), run.err());
        await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.current().descendants().noneMatch(ProcessHandle::isAlive));
    }

    @Test
    @Timeout(240)
    void aSleeperIsIoBoundAndHelpedOnOneCarrier() throws Exception {
        Path json = dir.resolve("sleeper.json");
        Run run = run("yours", "--jar", jar, "--class", "acme.Sleeper", "--quick", "--tasks", "20", "--carriers", "1",
                "--json", json.toString(), "--out", dir.resolve("report").toString());
        assertEquals(0, run.code(), run.err());
        JsonNode doc = Json.mapper().readTree(json.toFile());
        assertEquals("io-bound", doc.get("classification").asText(), run.out());
        assertEquals(20, doc.get("tasks").asInt());
        JsonNode virtual1 = null;
        for (JsonNode cell : doc.get("cells")) {
            if (cell.get("model").asText().equals("virtual") && cell.get("carriers").asInt() == 1) {
                virtual1 = cell;
            }
        }
        assertEquals("helps", virtual1.get("verdict").asText(), run.out());
        assertEquals(3, doc.get("answer").size());
        assertTrue(run.out().contains("answer: io-bound"), run.out());
        assertTrue(dir.resolve("report/yours.md").toFile().isFile());
    }
}
