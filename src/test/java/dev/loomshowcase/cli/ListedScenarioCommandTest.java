package dev.loomshowcase.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenarios without options of their own get their command from the list, named after the scenario. */
class ListedScenarioCommandTest {

    @Test
    void everyListedScenarioIsASubcommandNamedAfterIt() {
        var root = Main.commandLine();
        for (ListedScenarioCommand.Listed listed : ListedScenarioCommand.LISTED) {
            String name = listed.scenario().get().name();
            assertTrue(root.getSubcommands().containsKey(name), name + " is not registered");
            assertEquals(listed.description(), root.getSubcommands().get(name).getCommandSpec().usageMessage().description()[0]);
        }
        assertEquals(java.util.List.of("pitfalls", "coffee-shop", "traps"),
                ListedScenarioCommand.LISTED.stream().map(l -> l.scenario().get().name()).toList());
    }

    @Test
    void aListedCommandTakesTheCommonOptionsAndRejectsBadOnesInOneLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        assertEquals(0, cmd.execute("traps", "--help"));
        assertTrue(out.toString().contains("--carriers") && out.toString().contains("interview traps"), out.toString());
        assertEquals(2, cmd.execute("coffee-shop", "--carriers", "0"));
        assertEquals(1, err.toString().lines().count(), err.toString());
    }
}
