package dev.loomshowcase.cli;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stage commands' own options: a clear line and exit 2 for bad input, and env's report. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class StageCommandsTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cmd = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void tooManyPlatformThreadsIsRefusedBeforeAnyIsStarted() {
        Run r = run("million", "--quick", "--platform", "1000000");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("quarter of this machine's smallest thread limit"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void anSvgPathThatIsADirectoryIsRefusedBeforeMeasuring() {
        Run r = run("timeline", "--quick", "--svg", System.getProperty("java.io.tmpdir"));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not a writable file path"), r.err());
    }

    @Test
    void aNegativeVirtualCountIsAUsageError() {
        assertEquals(2, run("million", "--virtual", "-5").code());
    }

    @Test
    void envReportsTheSchedulerInEffectAndTheCarriersSeen() {
        Run r = run("env", "--quick");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("scheduler parallelism"), r.out());
        assertTrue(r.out().matches("(?s).*carriers seen \\(measured\\):\\s+\\d+ distinct carriers.*"), r.out());
    }

    @Test
    void everySceneIsListedInTheHelp() {
        String help = Main.commandLine().getUsageMessage();
        for (String scene : new String[] {"timeline", "coffee-shop", "traps", "million", "env"}) {
            assertTrue(help.contains(scene), scene + " missing from:\n" + help);
        }
    }
}
