package dev.loomshowcase.scenario;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What the user asked of a scenario run.
 *
 * @param mode     quick, standard or thorough
 * @param carriers carrier counts to measure, each at least 1
 * @param stubs    base URL of external stubs, or null to start the embedded ones
 * @param params   scenario-specific settings (e.g. {@code user}, {@code n})
 */
public record RunOptions(RunMode mode, List<Integer> carriers, URI stubs, Map<String, String> params) {

    public RunOptions {
        carriers = List.copyOf(carriers);
        params = Map.copyOf(params);
        if (carriers.isEmpty() || carriers.stream().anyMatch(c -> c < 1)) {
            throw new IllegalArgumentException("carrier counts must be at least 1, got " + carriers);
        }
    }

    /** Carrier counts 1 and the number of cores: the default of every scenario. */
    public static List<Integer> defaultCarriers() {
        int cores = Runtime.getRuntime().availableProcessors();
        return cores == 1 ? List.of(1) : List.of(1, cores);
    }

    /** The same options with these parameters added (replacing any of the same name). */
    public RunOptions withParams(Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(params);
        all.putAll(more);
        return new RunOptions(mode, carriers, stubs, all);
    }

    /** The same options with the stubs' URL filled in. */
    public RunOptions withStubs(URI url) {
        return new RunOptions(mode, carriers, url, params);
    }
}
