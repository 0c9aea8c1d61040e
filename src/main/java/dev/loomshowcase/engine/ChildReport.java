package dev.loomshowcase.engine;

import java.util.List;
import java.util.Map;

/**
 * What a child JVM sends back on its stdout, as one line prefixed by {@link #MARKER}.
 *
 * @param samples     the measured repetitions
 * @param parallelism the virtual-thread scheduler parallelism the child actually ran with
 * @param extras      workload-specific measurements
 */
public record ChildReport(List<Sample> samples, int parallelism, Map<String, Object> extras) {

    /** Prefix of the single result line; anything else the child prints is ignored. */
    public static final String MARKER = "LOOM-SHOWCASE-RESULT ";
}
