package dev.loomshowcase.workload.pool;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.engine.WorkloadProvider;

import java.util.Map;
import java.util.function.Function;

/** Registers the pool scenario's workload with the engine (see {@link WorkloadProvider}). */
public final class PoolWorkloads implements WorkloadProvider {

    @Override
    public Map<String, Function<CellSpec, Workload>> workloads() {
        return Map.of(PoolWorkload.NAME, PoolWorkload::fromSpec);
    }
}
