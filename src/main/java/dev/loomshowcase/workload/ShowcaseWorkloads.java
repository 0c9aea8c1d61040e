package dev.loomshowcase.workload;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.engine.WorkloadProvider;
import dev.loomshowcase.workload.pitfalls.PitfallWorkload;
import dev.loomshowcase.workload.structured.StructuredWorkload;

import java.util.Map;
import java.util.function.Function;

/** Registers this package's workloads with the engine (see {@link WorkloadProvider}). */
public final class ShowcaseWorkloads implements WorkloadProvider {

    @Override
    public Map<String, Function<CellSpec, Workload>> workloads() {
        return Map.ofEntries(
                Map.entry(FetchAllWorkload.NAME, FetchAllWorkload::fromSpec),
                Map.entry(StructuredWorkload.NAME, StructuredWorkload::fromSpec),
                Map.entry(PitfallWorkload.NAME, PitfallWorkload::fromSpec),
                Map.entry(MixedWorkload.NAME, MixedWorkload::fromSpec),
                Map.entry(CoordinationWorkload.NAME, CoordinationWorkload::fromSpec),
                Map.entry(TimelineWorkload.NAME, TimelineWorkload::fromSpec),
                Map.entry(CoffeeShopWorkload.NAME, CoffeeShopWorkload::fromSpec),
                Map.entry(CpuTasksWorkload.NAME, CpuTasksWorkload::fromSpec),
                Map.entry(TinyTasksWorkload.NAME, TinyTasksWorkload::fromSpec),
                Map.entry(SplitSumWorkload.NAME, SplitSumWorkload::fromSpec),
                Map.entry(MillionWorkload.NAME, MillionWorkload::fromSpec),
                Map.entry(CalculateAllWorkload.NAME, CalculateAllWorkload::fromSpec),
                Map.entry(SumWorkload.NAME, SumWorkload::fromSpec),
                Map.entry(PaymentsWorkload.NAME, PaymentsWorkload::fromSpec));
    }
}
