package dev.loomshowcase.engine;

import dev.loomshowcase.observe.CarriersSeen;
import dev.loomshowcase.observe.PinningMonitor;
import jdk.management.VirtualThreadSchedulerMXBean;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Entry point of a child JVM: runs one cell and prints a {@link ChildReport} line.
 *
 * <p>Exit codes: 0 measured, 1 the work failed, 2 the spec was unreadable. Errors go to stderr as
 * one line, which the parent quotes when it reports the failed cell.
 */
public final class CellMain {

    /** Extra: the CPUs the child JVM saw ({@code availableProcessors}, i.e. {@code --cores} when given). */
    public static final String CORES = "cores";
    /** Extra: the distinct carrier threads that ran the measured repetitions' virtual threads. */
    public static final String CARRIERS_SEEN = "carriersSeen";

    private CellMain() {
    }

    public static void main(String[] args) {
        CellSpec spec;
        try {
            spec = Json.mapper().readValue(args[0], CellSpec.class);
        } catch (Exception e) {
            System.err.println("cell: unreadable spec: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            ChildReport report = measure(spec);
            LiveLine.drain(java.time.Duration.ofSeconds(2));
            System.out.println(ChildReport.MARKER + Json.compact(report));
            System.exit(0);
        } catch (Exception e) {
            System.err.println("cell " + spec.label() + " failed: " + Errors.describe(e));
            System.exit(1);
        }
    }

    /** Runs the warm-ups, then the measured repetitions, verifying each repetition's results. */
    static ChildReport measure(CellSpec spec) throws Exception {
        int parallelism = verifiedParallelism(spec);
        TaskRunner runner = spec.model().runner(spec.carriers());
        try (Workload workload = Workloads.create(spec)) {
            for (int i = 0; i < spec.warmups(); i++) {
                workload.verify(workload.runRepetition(runner));
            }
            int settling = JitSettling.requested(spec.params()) ? JitSettling.settle(() -> workload.verify(workload.runRepetition(runner))) : 0;
            workload.beginMeasurement();
            CarriersSeen carriers = CarriersSeen.start();
            Map<String, Object> extras = new LinkedHashMap<>();
            List<Sample> samples;
            if (PinningMonitor.requested(spec.params())) {
                try (PinningMonitor monitor = PinningMonitor.start()) {
                    samples = repeat(spec, runner, workload);
                    extras.putAll(workload.extras());
                    extras.putAll(monitor.stop().toExtras());
                }
            } else {
                samples = repeat(spec, runner, workload);
                extras.putAll(workload.extras());
            }
            if (JitSettling.requested(spec.params())) {
                extras.put(JitSettling.EXTRA, settling);
            }
            extras.put(CORES, Runtime.getRuntime().availableProcessors());
            if (usesVirtualThreads(spec.model())) {
                extras.put(CARRIERS_SEEN, carriers.count());
            }
            return new ChildReport(samples, parallelism, extras);
        }
    }

    /** The measured repetitions: wall and process CPU time of each. */
    private static List<Sample> repeat(CellSpec spec, TaskRunner runner, Workload workload) throws Exception {
        List<Sample> samples = new ArrayList<>(spec.repetitions());
        for (int i = 0; i < spec.repetitions(); i++) {
            long cpu0 = ProcessCpuClock.nanos();
            long t0 = System.nanoTime();
            List<Object> results = workload.runRepetition(runner);
            long wall = System.nanoTime() - t0;
            long cpu = ProcessCpuClock.nanos() - cpu0;
            workload.verify(results);
            samples.add(new Sample(wall, cpu));
        }
        return samples;
    }

    /**
     * The virtual-thread scheduler's parallelism as the scheduler itself reports it; a cell measured
     * at another parallelism than it asks for would label its numbers falsely, so that fails the cell.
     *
     * @throws IllegalStateException when the scheduler runs at another parallelism than the cell's carriers
     */
    static int verifiedParallelism(CellSpec spec) {
        int actual = ManagementFactory.getPlatformMXBean(VirtualThreadSchedulerMXBean.class).getParallelism();
        if (actual != spec.carriers()) {
            throw new IllegalStateException("the virtual-thread scheduler runs with parallelism " + actual
                    + ", but the cell asks for " + spec.carriers() + " carrier(s): a JVM option overrode "
                    + "jdk.virtualThreadScheduler.parallelism");
        }
        return actual;
    }

    /** True for models whose tasks run on virtual threads, i.e. on carriers. */
    static boolean usesVirtualThreads(ThreadModel model) {
        return model == ThreadModel.VIRTUAL || model == ThreadModel.VIRTUAL_BOUNDED;
    }
}
