package dev.loomshowcase.report;

/**
 * What the seed's decision matrix predicts for one cell, e.g. "✔ Much faster".
 *
 * @param helps whether the seed expects concurrency to help
 * @param words the seed's own words
 */
public record SeedPrediction(boolean helps, String words) {

    /** The prediction as the seed prints it. */
    public String text() {
        return (helps ? Marks.CHECK : Marks.CROSS) + " " + words;
    }
}
