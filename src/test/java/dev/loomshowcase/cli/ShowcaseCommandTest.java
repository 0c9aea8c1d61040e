package dev.loomshowcase.cli;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ShowcaseCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void unknownScenarioInOnlyIsAUsageError() {
        Run run = run("--only", "fetch-all,nonsense");
        assertEquals(2, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("unknown scenario 'nonsense'"), run.err());
    }

    @Test
    void quickAndThoroughExcludeEachOther() {
        Run run = run("--quick", "--thorough");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("exclude each other"), run.err());
    }

    @Test
    void helpListsTheNewScenarios() {
        Run run = run("--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("mixed") && run.out().contains("coordination") && run.out().contains("--only"), run.out());
    }
}
