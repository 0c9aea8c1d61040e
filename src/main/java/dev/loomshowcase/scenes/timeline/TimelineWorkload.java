package dev.loomshowcase.scenes.timeline;

import dev.loomshowcase.workload.SeedVariants;
import dev.loomshowcase.workload.CpuBurner;
import dev.loomshowcase.workload.LivePhases;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.TaskRunner;
import dev.loomshowcase.engine.ThreadModel;
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
 * to the parent as the {@code events} extra. Each repetition is the variant written out in
 * {@link Timeline} for the cell's model, with phases that burn calibrated CPU and are recorded.
 */
public final class TimelineWorkload implements Workload {

    public static final String NAME = "timeline";
    static final List<String> TASKS = Timeline.TASKS;

    private final double cpuMs;
    private final long waitMs;
    private final CpuBurner burner = CpuBurner.calibrated();
    private final ThreadModel model;
    private final int carriers;
    private volatile CarrierRecorder recorder = new CarrierRecorder();
    private PhaseListener live = PhaseListener.NONE;

    TimelineWorkload(double cpuMs, long waitMs, ThreadModel model, int carriers) {
        this.cpuMs = cpuMs;
        this.waitMs = waitMs;
        this.model = model;
        this.carriers = carriers;
    }

    public static Workload fromSpec(CellSpec spec) {
        TimelineWorkload timeline = new TimelineWorkload(Double.parseDouble(spec.param("cpuMs")),
                Long.parseLong(spec.param("waitMs")), spec.model(), spec.carriers());
        timeline.live = LivePhases.forCell(spec);
        return timeline;
    }

    @Override
    public List<Object> runRepetition(TaskRunner runner) throws Exception {
        CarrierRecorder fresh = new CarrierRecorder(live);
        recorder = fresh;
        return List.copyOf(run(model, carriers, recordedPhases(fresh), waitMs));
    }

    /** The seed's variant for {@code model}; where the seed writes none, the model's runner over the same tasks. */
    public static List<Long> run(ThreadModel model, int carriers, Timeline.Phases phases, long waitMs) throws Exception {
        return new SeedVariants<List<Long>>(() -> Timeline.sequential(phases, waitMs), () -> Timeline.structured(phases, waitMs),
                threads -> Timeline.fixedPool(phases, waitMs, threads), () -> Timeline.threadPerTask(phases, waitMs),
                runner -> runner.runAll(TASKS.stream().<Callable<Long>>map(task -> () -> Timeline.task(task, phases, waitMs)).toList()))
                .run(model, carriers);
    }

    @Override
    public List<Callable<Object>> tasks() {
        CarrierRecorder fresh = new CarrierRecorder(live);
        recorder = fresh;
        Timeline.Phases phases = recordedPhases(fresh);
        return TASKS.stream().<Callable<Object>>map(task -> () -> Timeline.task(task, phases, waitMs)).toList();
    }

    /** Phases that burn {@code cpuMs} of calibrated CPU each, every phase's carrier and times recorded. */
    private Timeline.Phases recordedPhases(CarrierRecorder rec) {
        return new Timeline.Phases() {
            @Override
            public long compute(String task, String phase) throws Exception {
                return rec.cpu(task, phase, () -> burner.burnMs(cpuMs));
            }

            @Override
            public void await(String task, Callable<?> wait) throws Exception {
                rec.await(task, wait::call);
            }
        };
    }

    @Override
    public Map<String, Object> extras() {
        List<PhaseEvent> events = recorder.events();
        return Map.of("events", events, "cpuMsPerPhase", cpuMs, "waitMs", waitMs);
    }
}
