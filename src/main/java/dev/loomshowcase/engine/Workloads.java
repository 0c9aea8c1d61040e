package dev.loomshowcase.engine;

import dev.loomshowcase.server.ServerLoadWorkload;
import dev.loomshowcase.workload.CalculateAllWorkload;
import dev.loomshowcase.workload.CoffeeShopWorkload;
import dev.loomshowcase.workload.CoordinationWorkload;
import dev.loomshowcase.workload.CpuTasksWorkload;
import dev.loomshowcase.workload.FetchAllWorkload;
import dev.loomshowcase.workload.MillionWorkload;
import dev.loomshowcase.workload.MixedWorkload;
import dev.loomshowcase.workload.PaymentsWorkload;
import dev.loomshowcase.workload.SplitSumWorkload;
import dev.loomshowcase.workload.SumWorkload;
import dev.loomshowcase.workload.TimelineWorkload;
import dev.loomshowcase.workload.TinyTasksWorkload;
import dev.loomshowcase.workload.pitfalls.PitfallWorkload;
import dev.loomshowcase.workload.structured.StructuredWorkload;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The registry a child JVM uses to turn a {@link CellSpec}'s workload name into work. */
public final class Workloads {

    private static final Map<String, Function<CellSpec, Workload>> FACTORIES = new TreeMap<>(Map.ofEntries(
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
            Map.entry(ServerLoadWorkload.NAME, ServerLoadWorkload::fromSpec),
            Map.entry(CalculateAllWorkload.NAME, CalculateAllWorkload::fromSpec),
            Map.entry(SumWorkload.NAME, SumWorkload::fromSpec),
            Map.entry(PaymentsWorkload.NAME, PaymentsWorkload::fromSpec)));

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
