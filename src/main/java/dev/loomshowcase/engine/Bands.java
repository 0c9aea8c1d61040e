package dev.loomshowcase.engine;

/**
 * Every threshold a sentence or verdict of the showcase rests on, in one place next to
 * {@link VerdictRule}: scenarios and the report read them here instead of writing their own.
 */
public final class Bands {

    /**
     * A CPU share (CPU time / wall time / min(carriers, cores)) at or above this means the carriers
     * were mostly computing; below it, mostly waiting.
     */
    public static final double BUSY = 0.5;
    /** Cores kept busy at once (CPU time / wall time) from which work ran in parallel. */
    public static final double PARALLEL = 1.25;
    /** The seed's "much faster": at least this speedup. */
    public static final double MUCH_FASTER = 2.0;
    /** The seed's "faster" and "somewhat faster": at least this speedup; below it, "same or slower". */
    public static final double FASTER = 1.10;
    /** A speedup more than this factor above a scenario's stated ceiling means its baseline was disturbed. */
    public static final double CEILING_SLACK = 1.05;
    /** A spread (max - min) wider than this share of the median makes a median alone hard to trust. */
    public static final double WIDE_SPREAD = 0.25;
    /** Share of Little's bound (concurrency / delay) from which a server counts as keeping up. */
    public static final double KEEPS_UP = 0.8;
    /** Repeated measurements of a speedup that stay within this share of each other "hold". */
    public static final double HOLDS_WITHIN = 0.10;

    private Bands() {
    }

    /** The seed's words for a speedup, by size. */
    public enum Speedup {
        MUCH_FASTER("much faster"), FASTER("faster"), SAME_OR_SLOWER("same or slower");

        private final String words;

        Speedup(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** The band a measured speedup falls in. */
        public static Speedup of(double speedup) {
            return speedup >= Bands.MUCH_FASTER ? MUCH_FASTER : speedup >= Bands.FASTER ? FASTER : SAME_OR_SLOWER;
        }

        /** The band the seed's words name: "Much faster", "Faster", "Somewhat faster", "Same or slower", "Slower". */
        public static Speedup ofSeedWords(String seedWords) {
            String words = seedWords.toLowerCase(java.util.Locale.ROOT);
            if (words.startsWith("much faster")) {
                return MUCH_FASTER;
            }
            return words.contains("faster") && !words.contains("same or") ? FASTER : SAME_OR_SLOWER;
        }
    }
}
