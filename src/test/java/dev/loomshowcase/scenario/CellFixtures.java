package dev.loomshowcase.scenario;

import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ChildReport;
import dev.loomshowcase.engine.Sample;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Hand-made cells and outcomes for testing analyses and notes without child JVMs. */
public final class CellFixtures {

    private CellFixtures() {
    }

    /** A measured cell with a wall-time median (spread +-2%) and the given speedup and verdict. */
    public static CellResult cell(String model, int carriers, double wallMs, Double speedup, Verdict verdict,
                           Map<String, Object> extras) {
        Stats wall = Stats.of(wallMs * 0.98, wallMs, wallMs * 1.02);
        return new CellResult(ThreadModel.of(model), carriers, wall, wall, 1.0, speedup, verdict, "test", null, extras);
    }

    /** An outcome whose repetitions took these wall times (ms), CPU busy on {@code busyCarriers} throughout. */
    public static CellOutcome outcome(String workload, ThreadModel model, int carriers, Map<String, String> params,
                               Map<String, Object> extras, double busyCarriers, double... wallMs) {
        List<Sample> samples = Arrays.stream(wallMs)
                .mapToObj(ms -> new Sample(Math.round(ms * 1e6), Math.round(ms * 1e6 * busyCarriers))).toList();
        return CellOutcome.measured(new CellSpec(workload, model, carriers, 0, wallMs.length, params),
                new ChildReport(samples, carriers, extras));
    }
}
