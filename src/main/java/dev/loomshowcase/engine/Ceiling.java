package dev.loomshowcase.engine;

/**
 * The highest speedup a cell's work can give, as its scenario states it (3 equal CPU-bound tasks on 2
 * non-preemptive carriers: 1.5x). A measured speedup well above it cannot be the work's: the
 * baseline was slowed by something else, so the cell is flagged instead of shown as a result.
 *
 * @param speedup the ceiling
 * @param why     where it comes from, in a few words
 */
public record Ceiling(double speedup, String why) {

    /** True when {@code measured} is beyond what slack for noise allows. */
    public boolean brokenBy(double measured) {
        return measured > speedup * Bands.CEILING_SLACK;
    }
}
