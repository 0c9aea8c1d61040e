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

    /**
     * The reports of several forks of one cell as one: every sample, and the last fork's extras
     * with {@code forks} added (extras are per JVM; a scenario that forks uses extras that agree).
     */
    public static ChildReport pooled(List<ChildReport> forks) {
        if (forks.size() == 1) {
            return forks.getFirst();
        }
        List<Sample> samples = forks.stream().flatMap(r -> r.samples().stream()).toList();
        Map<String, Object> extras = new java.util.LinkedHashMap<>(forks.getLast().extras());
        extras.put("forks", forks.size());
        return new ChildReport(samples, forks.getLast().parallelism(), extras);
    }
}
