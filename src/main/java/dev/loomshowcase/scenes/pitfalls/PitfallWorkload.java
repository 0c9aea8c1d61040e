package dev.loomshowcase.scenes.pitfalls;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.engine.Workload;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;

/**
 * One pitfall case, or its fixed twin: {@code tasksPerCarrier x carriers} tasks that each block for
 * {@code callMs} (or, for cpu-starvation, one task that measures a heartbeat beside CPU work). The
 * case and its twin differ at exactly one point, so their times compare.
 */
public final class PitfallWorkload implements Workload {

    public static final String NAME = "pitfall";

    /** The cases, in the order the scenario runs them. */
    public static final List<String> CASES = List.of("native-call", "native-upcall", "class-init", "synchronized", "cpu-starvation");

    private final String caseName;
    private final boolean twin;
    private final int tasks;
    private final Duration call;
    private final CpuStarvation starvation;
    private final java.util.Set<String> carriersUsed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final List<Double> worstDelays = new java.util.concurrent.CopyOnWriteArrayList<>();

    PitfallWorkload(String caseName, boolean twin, int tasks, Duration call, CpuStarvation starvation) {
        if (!CASES.contains(caseName)) {
            throw new IllegalArgumentException("unknown pitfall case '" + caseName + "' (known: " + CASES + ")");
        }
        this.caseName = caseName;
        this.twin = twin;
        this.tasks = tasks;
        this.call = call;
        this.starvation = starvation;
    }

    /** From a cell's {@code case}, {@code variant} (case or twin), {@code tasks}, {@code callMs} and {@code cpuMs}. */
    public static PitfallWorkload fromSpec(CellSpec spec) {
        boolean twin = switch (spec.param("variant")) {
            case "case" -> false;
            case "twin" -> true;
            default -> throw new IllegalArgumentException("variant must be 'case' or 'twin', was " + spec.param("variant"));
        };
        Duration cpu = Duration.ofMillis(Long.parseLong(spec.params().getOrDefault("cpuMs", "500")));
        return new PitfallWorkload(spec.param("case"), twin, Integer.parseInt(spec.param("tasks")),
                Duration.ofMillis(Long.parseLong(spec.param("callMs"))), new CpuStarvation(spec.carriers(), cpu));
    }

    @Override
    public List<Callable<Object>> tasks() {
        if (caseName.equals("cpu-starvation")) {
            return List.of(() -> {
                double worst = twin ? starvation.onPlatformPool() : starvation.onVirtualThreads();
                worstDelays.add(worst);
                return worst;
            });
        }
        return IntStream.range(0, tasks).<Callable<Object>>mapToObj(i -> this::blockOnce).toList();
    }

    /** One task: block for {@link #call} the way this case (or its twin) blocks. */
    private Object blockOnce() throws Exception {
        carriersUsed.add(carrierOf(Thread.currentThread()));
        switch (caseName) {
            case "native-call" -> {
                if (twin) {
                    Thread.sleep(call);
                } else {
                    NativeSleep.sleep(call);
                }
            }
            case "native-upcall" -> {
                int[] sorted = twin ? NativeSort.sortJava(new int[] {2, 1}, call) : NativeSort.sortNative(new int[] {2, 1}, call);
                return Arrays.toString(sorted);
            }
            case "class-init" -> {
                if (twin) {
                    ClassInitBlocking.blockPlainly(call);
                } else {
                    ClassInitBlocking.initialiseFreshClass(call);
                }
            }
            case "synchronized" -> sleepHoldingALock();
            default -> throw new IllegalStateException("not a blocking case: " + caseName);
        }
        return caseName;
    }

    /** The carrier a virtual thread is mounted on, from its name ({@code VirtualThread[#22]/runnable@ForkJoinPool-1-worker-1}). */
    static String carrierOf(Thread thread) {
        String text = thread.toString();
        int at = text.lastIndexOf('@');
        return thread.isVirtual() && at >= 0 ? text.substring(at + 1) : thread.getName();
    }

    /** The case holds a monitor while it sleeps (pinned before JDK 24); the twin holds a ReentrantLock. */
    private void sleepHoldingALock() throws InterruptedException {
        if (twin) {
            var lock = new ReentrantLock();
            lock.lock();
            try {
                Thread.sleep(call);
            } finally {
                lock.unlock();
            }
        } else {
            Object monitor = new Object();
            synchronized (monitor) {
                Thread.sleep(call);
            }
        }
    }

    @Override
    public void verify(List<Object> results) {
        if (caseName.equals("native-upcall") && results.stream().anyMatch(r -> !"[1, 2]".equals(r))) {
            throw new IllegalStateException("sorting [2, 1] gave " + results);
        }
    }

    @Override
    public Map<String, Object> extras() {
        return Json.fields(measurement());
    }

    /** What this cell measured: the heartbeat's delays for cpu-starvation, the blocking calls otherwise. */
    PitfallMeasurement measurement() {
        String variant = twin ? "twin" : "case";
        if (caseName.equals("cpu-starvation")) {
            var sorted = worstDelays.stream().sorted().toList();
            Double median = sorted.isEmpty() ? null : Math.round(sorted.get(sorted.size() / 2) * 10) / 10.0;
            List<Double> runs = worstDelays.stream().map(d -> Math.round(d * 10) / 10.0).toList();
            return new PitfallMeasurement(caseName, variant, median, runs, null, null, null);
        }
        return new PitfallMeasurement(caseName, variant, null, null, tasks, call.toMillis(),
                new java.util.TreeSet<>(carriersUsed));
    }
}
