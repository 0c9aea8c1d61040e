package dev.loomshowcase.engine;

import java.util.Map;
import java.util.function.Function;

/**
 * Where workloads come from: each package that owns workloads registers one provider through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.loomshowcase.engine.WorkloadProvider}).
 *
 * <p>Why: the engine runs cells without naming any workload, as JMH runs a benchmark class it was
 * only told the name of. A new scenario adds its workload to its own provider and never edits the engine.
 */
public interface WorkloadProvider {

    /** The workloads this provider makes, by the name a {@link CellSpec} gives. */
    Map<String, Function<CellSpec, Workload>> workloads();
}
