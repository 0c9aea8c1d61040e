package dev.loomshowcase.cli;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class HelidonLogsTest {

    @Test
    void helidonsInformationalLinesAreQuietUnlessAskedForWarningsStillShow() {
        assumeTrue(System.getenv(HelidonLogs.ASK) == null, HelidonLogs.ASK + " is set here: Helidon's lines were asked for");
        Level before = Logger.getLogger("io.helidon").getLevel();
        try {
            HelidonLogs.quietUnlessAsked();
            Logger listener = Logger.getLogger("io.helidon.webserver.ServerListener");
            assertEquals(false, listener.isLoggable(Level.INFO), "the 'bound for socket' line");
            assertEquals(true, listener.isLoggable(Level.WARNING));
        } finally {
            Logger.getLogger("io.helidon").setLevel(before);
        }
    }
}
