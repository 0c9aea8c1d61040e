package dev.loomshowcase.workload;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.observe.CarrierRecorder;
import dev.loomshowcase.observe.PhaseEvent;
import dev.loomshowcase.observe.PhaseListener;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The seed's timeline: tasks A, B, C, D, each a CPU phase, a wait, and a second CPU phase, with
 * every phase's carrier and times recorded.
 *
 * <p>The CPU phases are real work ({@link CpuBurner}); the wait is a {@code Thread.sleep}, which parks
 * a virtual thread and frees its carrier for another task. The last repetition's events come back
 * to the parent as the {@code events} extra.
 */
public final class TimelineWorkload implements Workload {

    public static final String NAME = "timeline";
    static final List<String> TASKS = List.of("A", "B", "C", "D");

    private final double cpuMs;
    private final long waitMs;
    private final CpuBurner burner = CpuBurner.calibrated();
    private final PhaseListener live;
    private volatile CarrierRecorder recorder = new CarrierRecorder();

    TimelineWorkload(double cpuMs, long waitMs) {
        this(cpuMs, waitMs, PhaseListener.NONE);
    }

    TimelineWorkload(double cpuMs, long waitMs, PhaseListener live) {
        this.cpuMs = cpuMs;
        this.waitMs = waitMs;
        this.live = live;
    }

    public static Workload fromSpec(CellSpec spec) {
        return new TimelineWorkload(Double.parseDouble(spec.param("cpuMs")), Long.parseLong(spec.param("waitMs")),
                LivePhases.forCell(spec));
    }

    @Override
    public List<Callable<Object>> tasks() {
        CarrierRecorder fresh = new CarrierRecorder(live);
        recorder = fresh;
        return TASKS.stream().<Callable<Object>>map(task -> () -> run(fresh, task)).toList();
    }

    private Object run(CarrierRecorder rec, String task) throws Exception {
        long first = rec.cpu(task, task + "1", () -> burner.burnMs(cpuMs));
        rec.await(task, () -> {
            Thread.sleep(waitMs);
            return null;
        });
        long second = rec.cpu(task, task + "2", () -> burner.burnMs(cpuMs));
        return first ^ second;
    }

    @Override
    public Map<String, Object> extras() {
        List<PhaseEvent> events = recorder.events();
        return Map.of("events", events, "cpuMsPerPhase", cpuMs, "waitMs", waitMs);
    }
}
