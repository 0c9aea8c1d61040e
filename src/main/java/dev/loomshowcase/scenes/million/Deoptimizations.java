package dev.loomshowcase.scenes.million;

/**
 * The JIT's deoptimizations JFR counted during one run of the million scene ({@link DeoptimizationCount}):
 * the figure that says whether waking threads fell out of compiled code.
 *
 * @param total      deoptimizations of any method
 * @param mostMethod the method deoptimized most often (e.g. {@code java.lang.VirtualThread.sleepNanos}), or null
 * @param mostCount  how often
 */
public record Deoptimizations(long total, String mostMethod, long mostCount) {
}
