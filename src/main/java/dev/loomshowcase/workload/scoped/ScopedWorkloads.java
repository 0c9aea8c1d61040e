package dev.loomshowcase.workload.scoped;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.engine.WorkloadProvider;

import java.util.Map;
import java.util.function.Function;

/** Registers the per-thread cache workload (ThreadLocal vs ScopedValue) with the engine. */
public final class ScopedWorkloads implements WorkloadProvider {

    @Override
    public Map<String, Function<CellSpec, Workload>> workloads() {
        return Map.of(PerThreadCacheWorkload.NAME, PerThreadCacheWorkload::fromSpec);
    }
}
