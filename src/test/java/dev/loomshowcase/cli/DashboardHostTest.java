package dev.loomshowcase.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code showcase dashboard --host}: a host that does not resolve or is not this machine's is one line, no stack trace. */
@Timeout(30)
class DashboardHostTest {

    private static String[] run(String host) {
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err, true));
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        int code = cmd.execute("dashboard", "--host", host, "--port", "0", "--for", "1");
        return new String[] {Integer.toString(code), err.toString().strip()};
    }

    @Test
    void aHostThatDoesNotResolveIsAUsageError() {
        String[] result = run("no-such-host.invalid");
        assertEquals("2", result[0], result[1]);
        assertTrue(result[1].contains("--host must be an address or a name that resolves, was 'no-such-host.invalid'"), result[1]);
        assertFalse(result[1].contains("\n") || result[1].contains("\tat "), "one line, no stack trace: " + result[1]);
    }

    @Test
    void anAddressNotOfThisMachineIsOneLineAndExitOne() {
        String[] result = run("192.0.2.1"); // TEST-NET-1: documentation only, never a local address
        assertEquals("1", result[0], result[1]);
        assertEquals("showcase: cannot listen on 192.0.2.1:0: the address is in use or not this machine's", result[1]);
    }
}
