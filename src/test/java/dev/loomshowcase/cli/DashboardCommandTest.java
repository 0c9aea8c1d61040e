package dev.loomshowcase.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code showcase dashboard}: says where it listens, on loopback; bad input is one line and exit 2. */
@Tag("slow")
class DashboardCommandTest {

    @Test
    @Timeout(60)
    void printsItsLoopbackAddressAndStopsWhenAsked() {
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cmd.execute("dashboard", "--port", "0", "--for", "1"));
        assertTrue(out.toString().matches("(?s)dashboard on http://127\\.0\\.0\\.1:[1-9][0-9]* .*"), out.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"--port|70000|--port", "--port|x|--port", "--path|talk|--path must start with /"})
    @Timeout(30)
    void badInputIsOneLineAndExitTwo(String option, String value, String expected) {
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err, true));
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        int code = cmd.execute("dashboard", option, value);
        String text = err.toString().strip();
        assertEquals(2, code, text);
        assertTrue(text.contains(expected), text);
        assertFalse(text.contains("\n") || text.contains("\tat "), "one line, no stack trace: " + text);
    }
}
