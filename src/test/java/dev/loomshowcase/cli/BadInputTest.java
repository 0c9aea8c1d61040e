package dev.loomshowcase.cli;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input gets one clear line on stderr and exit code 2 (usage) or 1 (runtime); never a stack trace. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BadInputTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static void assertOneCleanLine(CliRun run, String expected) {
        String err = run.err().strip();
        assertTrue(err.contains(expected), "stderr: " + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), "stack trace on stderr: " + err);
        assertEquals(1, err.lines().filter(l -> l.startsWith("showcase:")).count(), "stderr: " + err);
    }

    @Test
    void unknownScenarioIsAUsageError() {
        CliRun run = run("no-such-scenario");
        assertEquals(2, run.code());
        assertOneCleanLine(run, "unknown scenario 'no-such-scenario'");
        assertTrue(run.err().contains("fetch-all"), "should list the scenarios: " + run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = run("fetch-all", "--no-such-option");
        assertEquals(2, run.code());
        assertOneCleanLine(run, "--no-such-option");
    }

    @Test
    void moreCoresThanTheMachineLetsUsUseIsAUsageError() {
        CliRun run = run("calculate-all", "--quick", "--cores", "4096");
        assertEquals(2, run.code());
        assertOneCleanLine(run, "--cores 4096: this machine lets the showcase use");
        CliRun main = run("--cores", "4096");
        assertEquals(2, main.code());
        assertOneCleanLine(main, "--cores 4096");
    }

    @Test
    void zeroCarriersIsAUsageError() {
        CliRun run = run("fetch-all", "--carriers", "0");
        assertEquals(2, run.code());
        assertOneCleanLine(run, "0 is below 1");
    }

    @Test
    void nonNumericCarriersIsAUsageError() {
        CliRun run = run("fetch-all", "--carriers", "1,banana");
        assertEquals(2, run.code());
        assertOneCleanLine(run, "'banana' is not a whole number");
    }

    @Test
    void quickAndThoroughTogetherIsAUsageError() {
        CliRun run = run("fetch-all", "--quick", "--thorough");
        assertEquals(2, run.code());
        assertOneCleanLine(run, "exclude each other");
    }

    @Test
    void unreachableStubsAreARuntimeErrorBeforeAnyChildStarts() {
        String closed = "http://127.0.0.1:" + dev.loomshowcase.ClosedPort.next();
        long start = System.nanoTime();
        CliRun run = run("fetch-all", "--quick", "--stubs", closed);
        assertEquals(1, run.code());
        assertOneCleanLine(run, "cannot reach the stubs at " + closed);
        assertTrue((System.nanoTime() - start) / 1e9 < 10, "gave up too slowly");
    }

    @Test
    void stubsOnAPortInUseIsARuntimeError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            CliRun run = run("stubs", "--port", Integer.toString(taken.getLocalPort()), "--for", "1");
            assertEquals(1, run.code());
            assertOneCleanLine(run, "cannot start stubs on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void helpListsTheScenarios() {
        CliRun run = run("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("fetch-all"), run.out());
    }
}
