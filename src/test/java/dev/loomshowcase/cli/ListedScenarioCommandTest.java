package dev.loomshowcase.cli;

import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.SceneEntry;
import dev.loomshowcase.scenes.SceneRegistry;
import dev.loomshowcase.scenes.coffeeshop.CoffeeShopWorkload;
import dev.loomshowcase.scenes.pitfalls.PitfallsScenario;
import dev.loomshowcase.scenes.traps.TrapsScenario;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenarios without options of their own get their command from the list, named after the scenario. */
class ListedScenarioCommandTest {

    @Test
    void everySceneWithCellsIsASubcommandNamedAfterIt() {
        var root = Main.commandLine();
        for (SceneEntry entry : SceneRegistry.all()) {
            if (entry.scenario() != null) {
                assertTrue(root.getSubcommands().containsKey(entry.name()), entry.name() + " is not registered");
            }
        }
        for (String listed : java.util.List.of(PitfallsScenario.NAME, CoffeeShopWorkload.NAME, TrapsScenario.NAME)) {
            String title = SceneRegistry.entry(listed).orElseThrow().scenarioFor(RunMode.QUICK).orElseThrow().title();
            assertEquals(title, root.getSubcommands().get(listed).getCommandSpec().usageMessage().description()[0]);
        }
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
