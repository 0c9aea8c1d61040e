package dev.loomshowcase.observe;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a {@link PinningMonitor} saw: how many pinned events, grouped by why the virtual thread was
 * pinned and what it blocked in, with the carriers it held and for how long.
 *
 * @param events the number of {@code jdk.VirtualThreadPinned} events
 * @param groups one entry per (pinnedReason, blockingOperation)
 */
public record PinningReport(int events, List<Group> groups) {

    public PinningReport {
        groups = List.copyOf(groups);
    }

    /** Summarises recorded events, ignoring any that are not pinned events. */
    public static PinningReport of(List<RecordedEvent> recorded) {
        List<RecordedEvent> pinned = recorded.stream()
                .filter(e -> e.getEventType().getName().equals(PinningMonitor.EVENT))
                .toList();
        Map<String, List<RecordedEvent>> byCause = pinned.stream().collect(Collectors.groupingBy(
                e -> text(e, "pinnedReason") + " | " + text(e, "blockingOperation"),
                LinkedHashMap::new, Collectors.toList()));
        return new PinningReport(pinned.size(), byCause.values().stream().map(Group::of).toList());
    }

    /** The report as cell extras: {@code pinnedEvents} and, when any fired, {@code pinned} groups. */
    public Map<String, Object> toExtras() {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("pinnedEvents", events);
        if (!groups.isEmpty()) {
            extras.put("pinned", groups);
        }
        return extras;
    }

    private static String text(RecordedEvent event, String field) {
        return event.hasField(field) ? Objects.toString(event.getValue(field), "?") : "?";
    }

    /**
     * Pinned events that share a cause.
     *
     * @param pinnedReason      why the virtual thread could not unmount
     * @param blockingOperation what it blocked in
     * @param count             how many events
     * @param carrierThreads    the carriers it held, by name
     * @param totalMs           summed duration of the events
     * @param maxMs             the longest event
     * @param stackTop          where it blocked: the topmost frame outside the JDK of the first event's
     *                          stack (the code that blocked), else its very top frame; "?" without a stack
     */
    public record Group(String pinnedReason, String blockingOperation, int count, List<String> carrierThreads,
                        double totalMs, double maxMs, String stackTop) {

        static Group of(List<RecordedEvent> events) {
            RecordedEvent first = events.getFirst();
            var carriers = new TreeSet<String>();
            double total = 0;
            double max = 0;
            for (RecordedEvent e : events) {
                if (e.hasField("carrierThread") && e.getValue("carrierThread") instanceof RecordedThread t) {
                    carriers.add(t.getJavaName());
                }
                double ms = e.getDuration().toNanos() / 1e6;
                total += ms;
                max = Math.max(max, ms);
            }
            return new Group(text(first, "pinnedReason"), text(first, "blockingOperation"), events.size(),
                    List.copyOf(carriers), Math.round(total * 10) / 10.0, Math.round(max * 10) / 10.0,
                    stackTop(first.getStackTrace()));
        }

        /** The topmost frame outside the JDK, else the top frame, as {@code Type.method:line}. */
        static String stackTop(RecordedStackTrace stack) {
            if (stack == null || stack.getFrames().isEmpty()) {
                return "?";
            }
            List<RecordedFrame> frames = stack.getFrames();
            return frames.stream().filter(f -> f.getMethod() != null && !isJdk(f.getMethod().getType().getName()))
                    .findFirst().map(Group::frame).orElse(frame(frames.getFirst()));
        }

        private static String frame(RecordedFrame frame) {
            if (frame.getMethod() == null) {
                return "?";
            }
            return frame.getMethod().getType().getName() + "." + frame.getMethod().getName()
                    + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : "");
        }

        private static boolean isJdk(String type) {
            return type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.");
        }
    }
}
