package dev.loomshowcase.cli;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input to the CPU-bound scenarios: one line on stderr naming the problem, exit 2, nothing run. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CpuBoundBadInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "calculate-all --n 0           | 0 is below 1",
            "calculate-all --n -5          | below 1",
            "calculate-all --n 61          | above 60",
            "calculate-all --n 100000      | above 60",
            "calculate-all --n fast        | not a whole number",
            "calculate-all --carriers 0    | 0 is below 1",
            "calculate-all --carriers 1,0  | 0 is below 1",
            "sum --parts 1                 | --parts must be at least 2",
            "sum --carriers 0              | 0 is below 1",
            "payments --payments 0         | 0 is below 1",
            "payments --carriers 0         | 0 is below 1",
            "payments --quick --thorough   | exclude each other"})
    void badInputIsOneLineAndExitTwo(String args, String expected) {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err, true));
        cmd.setOut(new PrintWriter(out, true));
        int code = cmd.execute(args.strip().split("\\s+"));
        String message = err.toString().strip();
        assertEquals(CommandLine.ExitCode.USAGE, code, message);
        assertTrue(message.contains(expected), "stderr was: " + message);
        assertFalse(message.contains("\n"), "one line only: " + message);
        assertFalse(message.contains("Exception"), "no stack trace: " + message);
        assertTrue(out.toString().isEmpty(), "nothing measured: " + out);
    }
}
