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

    /** Parameter: the CPU counts to confine child JVMs to ({@code --cores 1,2}); absent = every CPU. */
    public static final String CORES = "runner.cores";
    /** Parameter: the seed of the cells' shuffled order ({@code --order-seed}); absent = a fresh one. */
    public static final String ORDER_SEED = "runner.order-seed";

    /**
     * Parameter set by the main job: scenarios then plan only the cells the matrix and its notes read
     * (the server's highest level, the pool's two rival cells, no mixed async twin), so that the whole
     * job stays within a few minutes; each scenario run alone still measures everything.
     */
    public static final String MAIN_JOB = "runner.main-job";

    /** True when the main job runs this scenario (see {@link #MAIN_JOB}). */
    public boolean inMainJob() {
        return Boolean.parseBoolean(params.get(MAIN_JOB));
    }

    /** The CPU counts asked for with {@code --cores}; empty when the children may use every CPU. */
    public List<Integer> cores() {
        String value = params.get(CORES);
        return value == null || value.isBlank() ? List.of()
                : java.util.Arrays.stream(value.split(",")).map(String::strip).map(Integer::parseInt).toList();
    }

    /** The seed of the cells' order: {@code --order-seed}, else a fresh one. */
    public dev.loomshowcase.engine.Rounds rounds() {
        String value = params.get(ORDER_SEED);
        return value == null ? dev.loomshowcase.engine.Rounds.randomSeed()
                : new dev.loomshowcase.engine.Rounds(Long.parseLong(value));
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
