package dev.loomshowcase.cli;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The structured and pitfalls subcommands are reachable from the one entry point, with --jfr. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CaseCommandsTest {

    private static String help(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cmd.execute(args), "exit code of " + String.join(" ", args));
        return out.toString();
    }

    @Test
    void bothScenariosAreListed() {
        String top = help("--help");
        assertTrue(top.contains("structured") && top.contains("pitfalls"), top);
    }

    @Test
    void everyScenarioOffersTheJfrWatch() {
        for (String scenario : new String[] {"structured", "pitfalls", "fetch-all"}) {
            String text = help(scenario, "--help");
            assertTrue(text.contains("--jfr"), scenario + ": " + text);
        }
    }
}
