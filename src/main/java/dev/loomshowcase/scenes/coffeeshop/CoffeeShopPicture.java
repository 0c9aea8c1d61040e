package dev.loomshowcase.scenes.coffeeshop;

import dev.loomshowcase.observe.PhaseEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The coffee shop's event log, in the seed's words, made from recorded phases: "Barista A takes
 * order 2" while "the espresso machine is running". Also finds the moment that proves concurrency:
 * a barista taking a new order while one of their machines runs.
 */
public final class CoffeeShopPicture {

    private CoffeeShopPicture() {
    }

    /** One line of the log. */
    record Line(double atMs, String text) {
    }

    /** Proof of concurrency: {@code barista} took order {@code taken} while order {@code running}'s machine ran. */
    public record Overlap(String barista, int taken, double takenAtMs, int running, double machineFromMs, double machineToMs) {
    }

    /** Baristas named A, B, C... in the order they first worked. */
    static Map<String, String> baristas(List<PhaseEvent> events) {
        Map<String, String> names = new LinkedHashMap<>();
        events.stream().filter(PhaseEvent::isCpu).sorted(Comparator.comparingDouble(PhaseEvent::startMs))
                .forEach(e -> names.computeIfAbsent(e.carrier(), k -> String.valueOf((char) ('A' + names.size()))));
        return names;
    }

    /** The log's lines in time order. */
    static List<Line> lines(List<PhaseEvent> events) {
        Map<String, String> names = baristas(events);
        List<Line> lines = new ArrayList<>();
        for (PhaseEvent e : events) {
            int order = Integer.parseInt(e.task());
            String machine = machine(order);
            if (e.isCpu() && e.phase().equals("take")) {
                lines.add(new Line(e.startMs(), "Barista " + names.get(e.carrier()) + " takes order " + order + " (" + machine + ")"));
            } else if (e.isCpu()) {
                lines.add(new Line(e.endMs(), "Barista " + names.get(e.carrier()) + " finishes order " + order));
            } else {
                lines.add(new Line(e.startMs(), "  | " + machine + " machine running..."));
                lines.add(new Line(e.endMs(), "  <- " + machine + " machine beeps"));
            }
        }
        lines.sort(Comparator.comparingDouble(Line::atMs));
        return lines;
    }

    /** The log as text, one timestamped line per event. */
    public static String render(List<PhaseEvent> events) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines(events)) {
            out.append(String.format(Locale.ROOT, "  %6.0f ms  %s%n", line.atMs(), line.text()));
        }
        return out.toString();
    }

    /** The first time a barista took an order while a machine of an earlier order of theirs was running. */
    public static Optional<Overlap> takenWhileMachineRan(List<PhaseEvent> events) {
        Map<String, String> names = baristas(events);
        Map<String, String> baristaOfOrder = new LinkedHashMap<>();
        events.stream().filter(e -> e.isCpu() && e.phase().equals("take")).forEach(e -> baristaOfOrder.put(e.task(), e.carrier()));
        return events.stream().filter(e -> e.isCpu() && e.phase().equals("take"))
                .sorted(Comparator.comparingDouble(PhaseEvent::startMs))
                .flatMap(take -> events.stream()
                        .filter(w -> !w.isCpu() && !w.task().equals(take.task())
                                && take.carrier().equals(baristaOfOrder.get(w.task()))
                                && w.startMs() <= take.startMs() && take.startMs() < w.endMs())
                        .map(w -> new Overlap(names.get(take.carrier()), Integer.parseInt(take.task()), take.startMs(),
                                Integer.parseInt(w.task()), w.startMs(), w.endMs())))
                .findFirst();
    }

    static String machine(int order) {
        return CoffeeShopWorkload.MACHINES.get(order - 1);
    }
}
