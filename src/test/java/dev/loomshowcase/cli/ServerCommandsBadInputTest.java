package dev.loomshowcase.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input to {@code serve}, {@code load} and {@code server}: one line on stderr, exit 2, nothing started. */
@Tag("slow")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ServerCommandsBadInputTest {

    static List<Object[]> badInput() {
        return List.of(
                new Object[]{List.of("load", "http://10.1.2.3/aggregate/1"), "loopback"},
                new Object[]{List.of("load", "http://127.0.0.1:1/", "-c", "0"), "below 1"},
                new Object[]{List.of("load", "http://127.0.0.1:1/", "-c", "20000"), "concurrency"},
                new Object[]{List.of("load", "http://127.0.0.1:1/", "--duration", "5x"), "duration"},
                new Object[]{List.of("load", "http://127.0.0.1:1/", "--duration", "700s"), "duration"},
                new Object[]{List.of("load", "ftp://127.0.0.1/"), "http://"},
                new Object[]{List.of("load", "http://127.0.0.1:1/", "--rate", "0"), "rate must be above 0"},
                new Object[]{List.of("load", "http://127.0.0.1:1/", "--rate", "-3"), "rate must be above 0"},
                new Object[]{List.of("load", "http://127.0.0.1:1/", "--rate", "50", "-c", "5"), "--rate and --concurrency"},
                new Object[]{List.of("load", "http://127.0.0.1:1/", "--max-in-flight", "5"), "needs --rate"},
                new Object[]{List.of("load"), "URL"},
                new Object[]{List.of("serve", "--port", "70000"), "--port"},
                new Object[]{List.of("serve", "--stubs", "ftp://x"), "--stubs"},
                new Object[]{List.of("serve", "--platform-threads", "0"), "below 1"},
                new Object[]{List.of("serve", "--pool-threads", "0"), "below 1"},
                new Object[]{List.of("serve", "--engine", "tomcat"), "--engine must be helidon or vertx"},
                new Object[]{List.of("serve", "--engine", "vertx", "--pool-threads", "200"), "--engine vertx"},
                new Object[]{List.of("server", "--pool-threads", "0"), "below 1"},
                new Object[]{List.of("serve", "--client", "okhttp"), "jdk, helidon"},
                new Object[]{List.of("serve", "--max-in-flight", "-1"), "--max-in-flight"},
                new Object[]{List.of("serve", "--warmup-requests", "-1"), "--warmup-requests"},
                new Object[]{List.of("stubs", "--warmup-requests", "-1"), "--warmup-requests"},
                new Object[]{List.of("server", "--client", "x"), "jdk, helidon"},
                new Object[]{List.of("server", "--platform-threads", "abc"), "whole number"});
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsOneLineAndExitTwo(List<String> args, String expected) {
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err, true));
        cmd.setOut(new PrintWriter(new StringWriter(), true));
        int code = cmd.execute(args.toArray(String[]::new));
        String text = err.toString().strip();
        assertEquals(2, code, "exit code for " + args + "; stderr: " + text);
        assertTrue(text.contains(expected), "stderr should mention " + expected + ": " + text);
        assertFalse(text.contains("\n") || text.contains("\tat "), "one line, no stack trace: " + text);
    }
}
