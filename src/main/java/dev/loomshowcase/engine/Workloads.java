package dev.loomshowcase.engine;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The registry a child JVM uses to turn a {@link CellSpec}'s workload name into work: the union of
 * every {@link WorkloadProvider} on the class path.
 */
public final class Workloads {

    private Workloads() {
    }

    /** Creates the workload a spec names, or fails with the list of known names. */
    public static Workload create(CellSpec spec) {
        Map<String, Function<CellSpec, Workload>> known = known();
        Function<CellSpec, Workload> factory = known.get(spec.workload());
        if (factory == null) {
            throw new IllegalArgumentException("unknown workload '" + spec.workload() + "' (known: " + known.keySet() + ")");
        }
        return factory.apply(spec);
    }

    /** Every registered workload by name; a name registered twice is a build mistake and fails loudly. */
    static Map<String, Function<CellSpec, Workload>> known() {
        Map<String, Function<CellSpec, Workload>> all = new TreeMap<>();
        for (WorkloadProvider provider : ServiceLoader.load(WorkloadProvider.class)) {
            provider.workloads().forEach((name, factory) -> {
                if (all.putIfAbsent(name, factory) != null) {
                    throw new IllegalStateException("workload '" + name + "' is registered twice");
                }
            });
        }
        return all;
    }
}
