package dev.loomshowcase.observe;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a timeline picture: a carrier and the phases it ran, or a task and its phases and waits.
 * Built only from recorded {@link PhaseEvent}s, so a picture can show nothing that did not happen.
 *
 * @param label  what the row is, e.g. {@code Carrier 0} or {@code task A}
 * @param source the carrier's real thread name, or the task's name
 * @param phases the row's events in start order
 */
public record Lane(String label, String source, List<PhaseEvent> phases) {

    /**
     * One lane per carrier that ran a CPU phase, numbered from 0 in the order of the carriers' worker
     * numbers; a platform thread (a sequential run) gets a lane named after itself.
     */
    public static List<Lane> byCarrier(List<PhaseEvent> events) {
        Map<String, List<PhaseEvent>> grouped = new LinkedHashMap<>();
        events.stream().filter(PhaseEvent::isCpu)
                .sorted(Comparator.comparingDouble(PhaseEvent::startMs))
                .forEach(e -> grouped.computeIfAbsent(e.carrier(), k -> new ArrayList<>()).add(e));
        List<String> carriers = new ArrayList<>(grouped.keySet());
        carriers.sort(Comparator.comparingInt(CarrierRecorder::workerNumber).thenComparing(Comparator.naturalOrder()));
        List<Lane> lanes = new ArrayList<>();
        int index = 0;
        for (String carrier : carriers) {
            String label = CarrierRecorder.workerNumber(carrier) >= 0 ? "Carrier " + index++ : "Thread " + carrier;
            lanes.add(new Lane(label, carrier, List.copyOf(grouped.get(carrier))));
        }
        return lanes;
    }

    /** One lane per task, with its CPU phases and its waits. */
    public static List<Lane> byTask(List<PhaseEvent> events) {
        Map<String, List<PhaseEvent>> grouped = new LinkedHashMap<>();
        events.stream()
                .sorted(Comparator.comparing(PhaseEvent::task).thenComparingDouble(PhaseEvent::startMs))
                .forEach(e -> grouped.computeIfAbsent(e.task(), k -> new ArrayList<>()).add(e));
        return grouped.entrySet().stream()
                .map(g -> new Lane("task " + g.getKey(), g.getKey(), List.copyOf(g.getValue())))
                .toList();
    }

    /**
     * The most CPU phases that ran at the same instant, across all events: 1 means the tasks only
     * interleaved (concurrency without parallelism); 2 or more means they ran in parallel.
     */
    public static int maxParallelCpu(List<PhaseEvent> events) {
        List<double[]> edges = new ArrayList<>();
        for (PhaseEvent e : events) {
            if (e.isCpu()) {
                edges.add(new double[] {e.startMs(), +1});
                edges.add(new double[] {e.endMs(), -1});
            }
        }
        edges.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        int running = 0;
        int max = 0;
        for (double[] edge : edges) {
            running += (int) edge[1];
            max = Math.max(max, running);
        }
        return max;
    }
}
