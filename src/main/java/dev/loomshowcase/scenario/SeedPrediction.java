package dev.loomshowcase.scenario;

/**
 * What the seed's decision matrix predicts for one cell, e.g. "Much faster" (helps) or "Same or
 * slower" (does not help). Declared once, by the scenario that measures the row; the report sets
 * the measured cell beside it, never in its place.
 *
 * @param helps whether the seed expects concurrency to help
 * @param words the seed's own words
 */
public record SeedPrediction(boolean helps, String words) {

    /** The seed expects concurrency to help, in these words. */
    public static SeedPrediction helps(String words) {
        return new SeedPrediction(true, words);
    }

    /** The seed expects concurrency not to help, in these words. */
    public static SeedPrediction doesNotHelp(String words) {
        return new SeedPrediction(false, words);
    }
}
