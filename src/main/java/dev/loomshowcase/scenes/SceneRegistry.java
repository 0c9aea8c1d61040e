package dev.loomshowcase.scenes;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.engine.WorkloadProvider;
import dev.loomshowcase.scenario.MatrixRow;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenario.SceneEntry;
import dev.loomshowcase.scenario.SceneView;
import dev.loomshowcase.scenes.calculateall.CalculateAllScenario;
import dev.loomshowcase.scenes.calculateall.CalculateAllWorkload;
import dev.loomshowcase.scenes.coffeeshop.CoffeeShopScenario;
import dev.loomshowcase.scenes.coffeeshop.CoffeeShopWorkload;
import dev.loomshowcase.scenes.coordination.CoordinationScenario;
import dev.loomshowcase.scenes.coordination.CoordinationWorkload;
import dev.loomshowcase.scenes.fetchall.FetchAllAsync;
import dev.loomshowcase.scenes.fetchall.FetchAllScenario;
import dev.loomshowcase.scenes.fetchall.FetchAllWorkload;
import dev.loomshowcase.scenes.million.MillionScenario;
import dev.loomshowcase.scenes.million.MillionWorkload;
import dev.loomshowcase.scenes.million.PerThreadCacheWorkload;
import dev.loomshowcase.scenes.mixed.MixedAsync;
import dev.loomshowcase.scenes.mixed.MixedScenario;
import dev.loomshowcase.scenes.mixed.MixedWorkload;
import dev.loomshowcase.scenes.payments.PaymentsScenario;
import dev.loomshowcase.scenes.payments.PaymentsWorkload;
import dev.loomshowcase.scenes.pitfalls.PitfallWorkload;
import dev.loomshowcase.scenes.pitfalls.PitfallsScenario;
import dev.loomshowcase.scenes.pool.PoolScenario;
import dev.loomshowcase.scenes.pool.PoolWorkload;
import dev.loomshowcase.scenes.server.ServerScenario;
import dev.loomshowcase.scenes.structured.StructuredScenario;
import dev.loomshowcase.scenes.structured.StructuredWorkload;
import dev.loomshowcase.scenes.sum.SplitSumWorkload;
import dev.loomshowcase.scenes.sum.SumScenario;
import dev.loomshowcase.scenes.sum.SumWorkload;
import dev.loomshowcase.scenes.timeline.TimelineScenario;
import dev.loomshowcase.scenes.timeline.TimelineWorkload;
import dev.loomshowcase.scenes.traps.CpuTasksWorkload;
import dev.loomshowcase.scenes.traps.TinyTasksWorkload;
import dev.loomshowcase.scenes.traps.TrapsScenario;
import dev.loomshowcase.scenes.yours.YoursWorkload;
import dev.loomshowcase.server.ServerLoadWorkload;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The one registry of scenes: each scene's name, title and caption, written once, in the order of the
 * talk, then the matrix's other rows, then the scenes run on their own. The CLI's subcommands, the
 * main job's plan, the dashboard's buttons, {@code scripts/talk} (through {@code showcase scenes}) and
 * the engine's workload lookup (as the one {@link WorkloadProvider}) all read it.
 *
 * <p>Adding a scene: its package under {@code dev.loomshowcase.scenes}, then one entry here.
 */
public final class SceneRegistry implements WorkloadProvider {

    /** The seed's exercise 1, the talk's opening: cores and carriers, no cells (the CLI's {@code env}). */
    public static final String ENV = "env";

    private static final List<SceneEntry> ENTRIES = List.of(
            new SceneEntry(ENV, "cores & carriers", "First, the seed's exercise one: how many cores does this machine "
                    + "have, and how many carriers will virtual threads get? That number is our GOMAXPROCS.",
                    true, SceneView.ENV, null, Map.of()),
            new SceneEntry(TimelineWorkload.NAME, "timeline A-D", "Four tasks, A to D: think, wait, think. Watch which "
                    + "carrier runs which phase. The seed expects two at once with two carriers (parallel), and turns on "
                    + "one lane with one carrier (concurrent, not parallel); the lanes show what happened.",
                    true, SceneView.LANES, mode -> new TimelineScenario(), workloads(TimelineWorkload.NAME, TimelineWorkload::fromSpec)),
            new SceneEntry(CoffeeShopWorkload.NAME, "coffee shop", "One barista, three machines. The barista takes "
                    + "order two while the espresso machine runs. Then three baristas. Who finishes first, when the work is "
                    + "mostly waiting?", true, SceneView.LANES, mode -> new CoffeeShopScenario(),
                    workloads(CoffeeShopWorkload.NAME, CoffeeShopWorkload::fromSpec)),
            new SceneEntry(FetchAllWorkload.NAME, "fetchAll (I/O)", "The seed's fetchAll: three calls that each wait. "
                    + "Watch whether the waits overlap, even on one carrier.", true, SceneView.LANES, mode -> new FetchAllScenario(),
                    workloads(FetchAllWorkload.NAME, FetchAllWorkload::fromSpec, FetchAllAsync.NAME, FetchAllAsync::twin)),
            new SceneEntry(TrapsScenario.NAME, "interview traps", "Four interview traps. For each: the claim, the "
                    + "experiment, the measurement, and a verdict computed from it.", true, SceneView.TABLE, mode -> new TrapsScenario(),
                    workloads(CpuTasksWorkload.NAME, CpuTasksWorkload::fromSpec, TinyTasksWorkload.NAME, TinyTasksWorkload::fromSpec,
                            SplitSumWorkload.NAME, SplitSumWorkload::fromSpec)),
            new SceneEntry(MillionWorkload.NAME, "a million threads", "How many threads can you have? Many sleeping "
                    + "virtual threads against a bounded number of platform threads.", true, SceneView.IN_FLIGHT, MillionScenario::forMode,
                    workloads(MillionWorkload.NAME, MillionWorkload::fromSpec, PerThreadCacheWorkload.NAME, PerThreadCacheWorkload::fromSpec)),
            new SceneEntry(CalculateAllWorkload.NAME, "calculateAll (CPU)", "", false, SceneView.TABLE, mode -> new CalculateAllScenario(),
                    workloads(CalculateAllWorkload.NAME, CalculateAllWorkload::fromSpec)),
            new SceneEntry(MixedWorkload.NAME, "mixed I/O + CPU", "", false, SceneView.TABLE, mode -> new MixedScenario(),
                    workloads(MixedWorkload.NAME, MixedWorkload::fromSpec, MixedAsync.NAME, MixedAsync::twin)),
            new SceneEntry(CoordinationWorkload.NAME, "coordination-heavy", "", false, SceneView.TABLE, mode -> new CoordinationScenario(),
                    workloads(CoordinationWorkload.NAME, CoordinationWorkload::fromSpec)),
            new SceneEntry(ServerLoadWorkload.NAME, "server under load", "", false, SceneView.IN_FLIGHT, mode -> new ServerScenario(),
                    workloads(ServerLoadWorkload.NAME, ServerLoadWorkload::fromSpec)),
            new SceneEntry(PoolWorkload.NAME, "connection pool", "", false, SceneView.TABLE, mode -> new PoolScenario(),
                    workloads(PoolWorkload.NAME, PoolWorkload::fromSpec)),
            new SceneEntry(SumWorkload.NAME, "sum, whole or split", "", false, SceneView.TABLE, mode -> new SumScenario(),
                    workloads(SumWorkload.NAME, SumWorkload::fromSpec)),
            new SceneEntry(PaymentsWorkload.NAME, "payments (CPU)", "", false, SceneView.TABLE, mode -> new PaymentsScenario(),
                    workloads(PaymentsWorkload.NAME, PaymentsWorkload::fromSpec, PaymentsWorkload.ASYNC, PaymentsWorkload::asyncTwin)),
            new SceneEntry(StructuredWorkload.NAME, "structured concurrency", "", false, SceneView.TABLE, mode -> new StructuredScenario(),
                    workloads(StructuredWorkload.NAME, StructuredWorkload::fromSpec)),
            new SceneEntry(PitfallsScenario.NAME, "pitfalls: pinning, starvation", "", false, SceneView.TABLE, mode -> new PitfallsScenario(),
                    workloads(PitfallWorkload.NAME, PitfallWorkload::fromSpec)),
            new SceneEntry(YoursWorkload.NAME, "your own code", "", false, SceneView.TABLE, null,
                    workloads(YoursWorkload.NAME, YoursWorkload::fromSpec)));

    /** Every scene, in registry order. */
    public static List<SceneEntry> all() {
        return ENTRIES;
    }

    /** The scene of that name, if any. */
    public static Optional<SceneEntry> entry(String name) {
        return ENTRIES.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The scenes the talk plays, in order. */
    public static List<SceneEntry> talk() {
        return ENTRIES.stream().filter(SceneEntry::talk).toList();
    }

    /** Scenes the main job runs beside the matrix's rows: the pool, whose rival note "Said plainly" gives. */
    private static final List<String> MAIN_JOB_BESIDE_THE_MATRIX = List.of(PoolWorkload.NAME);

    /**
     * Fresh instances of the main job's scenarios: those that fill a row of the seed's matrix, in matrix
     * order, then those it runs beside the matrix.
     */
    public static List<Scenario> mainJob() {
        List<Scenario> all = ENTRIES.stream().flatMap(e -> e.scenarioFor(RunMode.QUICK).stream()).toList();
        return java.util.stream.Stream.concat(all.stream().filter(s -> s.matrixRow().isPresent()),
                all.stream().filter(s -> MAIN_JOB_BESIDE_THE_MATRIX.contains(s.name()))).toList();
    }

    /** The rows of the seed's decision matrix, as the main job's scenarios declare them. */
    public static List<MatrixRow> matrix() {
        return mainJob().stream().flatMap(s -> s.matrixRow().stream()).toList();
    }

    @Override
    public Map<String, Function<CellSpec, Workload>> workloads() {
        Map<String, Function<CellSpec, Workload>> all = new TreeMap<>();
        ENTRIES.forEach(e -> e.workloads().forEach((name, factory) -> {
            if (all.putIfAbsent(name, factory) != null) {
                throw new IllegalStateException("workload '" + name + "' is registered twice");
            }
        }));
        return all;
    }

    private static Map<String, Function<CellSpec, Workload>> workloads(String name, Function<CellSpec, Workload> factory) {
        return Map.of(name, factory);
    }

    private static Map<String, Function<CellSpec, Workload>> workloads(String name, Function<CellSpec, Workload> factory,
                                                                     String twin, Function<CellSpec, Workload> twinFactory) {
        return Map.of(name, factory, twin, twinFactory);
    }

    private static Map<String, Function<CellSpec, Workload>> workloads(String a, Function<CellSpec, Workload> fa,
                                                                     String b, Function<CellSpec, Workload> fb,
                                                                     String c, Function<CellSpec, Workload> fc) {
        return Map.of(a, fa, b, fb, c, fc);
    }
}
