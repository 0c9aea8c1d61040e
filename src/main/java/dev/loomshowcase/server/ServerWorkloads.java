package dev.loomshowcase.server;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.engine.WorkloadProvider;

import java.util.Map;
import java.util.function.Function;

/** Registers the server's load workload with the engine (see {@link WorkloadProvider}). */
public final class ServerWorkloads implements WorkloadProvider {

    @Override
    public Map<String, Function<CellSpec, Workload>> workloads() {
        return Map.of(ServerLoadWorkload.NAME, ServerLoadWorkload::fromSpec);
    }
}
