package dev.loomshowcase.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one cell measures: a workload, a thread model, a carrier count, and how many repetitions.
 *
 * <p>A cell always runs in its own child JVM, because the virtual-thread scheduler's parallelism is
 * fixed when a JVM starts. The spec travels to the child as JSON, so everything the child needs is
 * in here: {@code params} carries the workload's own settings (stub URL, n, sizes...).
 *
 * @param workload    the workload's name, as a {@link WorkloadProvider} registers it
 * @param model       how the workload's tasks are scheduled
 * @param carriers    the carrier count: scheduler parallelism for virtual threads, pool size for pools
 * @param warmups     repetitions run and thrown away first
 * @param repetitions repetitions measured
 * @param params      workload settings, as strings
 * @param jvmOptions  extra options for the child JVM (e.g. {@code --enable-native-access=ALL-UNNAMED})
 */
public record CellSpec(String workload, ThreadModel model, int carriers, int warmups, int repetitions,
                       Map<String, String> params, List<String> jvmOptions) {

    /** A spec whose child JVM needs no extra options. */
    public CellSpec(String workload, ThreadModel model, int carriers, int warmups, int repetitions,
                    Map<String, String> params) {
        this(workload, model, carriers, warmups, repetitions, params, List.of());
    }

    public CellSpec {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(model, "model");
        if (carriers < 1) {
            throw new IllegalArgumentException("carriers must be at least 1, was " + carriers);
        }
        if (warmups < 0 || repetitions < 1) {
            throw new IllegalArgumentException("need warmups >= 0 and repetitions >= 1");
        }
        params = Map.copyOf(params);
        jvmOptions = jvmOptions == null ? List.of() : List.copyOf(jvmOptions);
    }

    /** The same spec with one more (or a replaced) parameter. */
    public CellSpec withParam(String name, String value) {
        var merged = new java.util.HashMap<>(params);
        merged.put(name, value);
        return new CellSpec(workload, model, carriers, warmups, repetitions, merged, jvmOptions);
    }

    /**
     * The parameter that confines the cell's child JVM to this many CPUs ({@code --cores}); absent
     * means every CPU the parent may use. Kept in {@code params} so that the spec's shape stays the same.
     */
    public static final String CORES = "cores";

    /** The CPUs the child is confined to, or 0 when it may use all of them. */
    public int cores() {
        String value = params.get(CORES);
        return value == null ? 0 : Integer.parseInt(value);
    }

    /** The same spec confined to {@code n} CPUs. */
    public CellSpec withCores(int n) {
        return withParam(CORES, Integer.toString(n));
    }

    /**
     * The parameter that puts the cores into the cell's label: set when one run measures the same cells
     * on more than one core count ({@code --cores 1,2}), where {@code virtual@1} alone would name two cells.
     */
    public static final String CORES_IN_LABEL = "coresInLabel";

    /** The same spec, labelled with its core count. */
    public CellSpec withCoresInLabel() {
        return withParam(CORES_IN_LABEL, "true");
    }

    /** A short label such as {@code virtual@2}, or {@code virtual@2 on 1 core} when {@link #CORES_IN_LABEL} asks. */
    public String label() {
        String label = model.id() + "@" + carriers;
        return Boolean.parseBoolean(params.get(CORES_IN_LABEL)) && cores() > 0 ? label + onCores(cores()) : label;
    }

    /** " on 1 core", " on 2 cores". */
    public static String onCores(int cores) {
        return " on " + cores + (cores == 1 ? " core" : " cores");
    }

    /** An optional parameter's value; empty when the cell's plan did not set it. */
    public java.util.Optional<String> optionalParam(String name) {
        return java.util.Optional.ofNullable(params.get(name));
    }

    /** A required parameter's value; a cell without it is a planning mistake and fails with its label. */
    public String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalArgumentException("cell " + label() + " lacks parameter '" + name + "'");
        }
        return value;
    }
}
