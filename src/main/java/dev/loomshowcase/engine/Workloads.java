package dev.loomshowcase.engine;

import dev.loomshowcase.workload.CalculateAllWorkload;
import dev.loomshowcase.workload.FetchAllWorkload;
import dev.loomshowcase.workload.PaymentsWorkload;
import dev.loomshowcase.workload.SumWorkload;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The registry a child JVM uses to turn a {@link CellSpec}'s workload name into work. */
public final class Workloads {

    private static final Map<String, Function<CellSpec, Workload>> FACTORIES = new TreeMap<>(Map.of(
            FetchAllWorkload.NAME, FetchAllWorkload::fromSpec,
            CalculateAllWorkload.NAME, CalculateAllWorkload::fromSpec,
            SumWorkload.NAME, SumWorkload::fromSpec,
            PaymentsWorkload.NAME, PaymentsWorkload::fromSpec));

    private Workloads() {
    }

    /** Creates the workload a spec names, or fails with the list of known names. */
    public static Workload create(CellSpec spec) {
        Function<CellSpec, Workload> factory = FACTORIES.get(spec.workload());
        if (factory == null) {
            throw new IllegalArgumentException("unknown workload '" + spec.workload() + "' (known: " + FACTORIES.keySet() + ")");
        }
        return factory.apply(spec);
    }
}
