package dev.loomshowcase.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Helidon's routine lines ("bound for socket", "features: [...]") off the terminal of {@code serve}
 * and {@code dashboard}: they start every run and tell a user nothing the command's own first line does
 * not. Warnings and errors still show. {@value #ASK} set to any value keeps Helidon's own logging as it is.
 */
final class HelidonLogs {

    /** The environment variable that asks for Helidon's informational lines. */
    static final String ASK = "LOOM_SHOWCASE_HELIDON_LOGS";

    /** Held here: the logging framework keeps loggers only weakly, and a collected one forgets its level. */
    private static final Logger HELIDON = Logger.getLogger("io.helidon");

    private HelidonLogs() {
    }

    /** Quiets Helidon's informational lines unless {@value #ASK} asks for them. */
    static void quietUnlessAsked() {
        if (System.getenv(ASK) == null) {
            HELIDON.setLevel(Level.WARNING);
        }
    }
}
