package dev.loomshowcase.workload.yours;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.engine.WorkloadProvider;

import java.util.Map;
import java.util.function.Function;

/** Registers the person's own task with the engine (see {@link WorkloadProvider}). */
public final class YoursWorkloads implements WorkloadProvider {

    @Override
    public Map<String, Function<CellSpec, Workload>> workloads() {
        return Map.of(YoursWorkload.NAME, YoursWorkload::fromSpec);
    }
}
