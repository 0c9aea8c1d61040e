package dev.loomshowcase.observe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records which carrier ran each phase of each task, and when.
 *
 * <p>A virtual thread's carrier is visible only while it runs: {@code Thread.currentThread().toString()}
 * prints {@code VirtualThread[#22]/runnable@ForkJoinPool-1-worker-1} on JDK 25, and the part after
 * {@code @} names the carrier. The JDK offers no public API for it, so this string is the source; a
 * platform thread is its own "carrier". The recorder is safe to use from many threads at once.
 */
public final class CarrierRecorder {

    private static final Pattern MOUNTED_ON = Pattern.compile("^VirtualThread\\[[^\\]]*\\]/[a-z_]+@(.+)$");
    private static final Pattern WORKER_NUMBER = Pattern.compile("-worker-(\\d+)$");

    private final long originNanos;
    private final ConcurrentLinkedQueue<PhaseEvent> events = new ConcurrentLinkedQueue<>();
    private final PhaseListener listener;

    /** A recorder whose times count from now. */
    public CarrierRecorder() {
        this(PhaseListener.NONE);
    }

    /** A recorder whose times count from now and that tells {@code listener} of each phase as it begins and ends. */
    public CarrierRecorder(PhaseListener listener) {
        this.originNanos = System.nanoTime();
        this.listener = listener;
        listener.recording();
    }

    /** A unit of work that may throw, e.g. a CPU phase or a wait. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /** Runs a CPU phase on the current thread, recording the carrier it ran on and when. */
    public <T> T cpu(String task, String phase, Work<T> work) throws Exception {
        String carrierAtStart = currentCarrier();
        long start = System.nanoTime();
        listener.began(task, phase, PhaseEvent.CPU, carrierAtStart, ms(start));
        T result = work.run();
        long end = System.nanoTime();
        String carrierAtEnd = currentCarrier();
        PhaseEvent event = new PhaseEvent(task, phase, PhaseEvent.CPU, carrierAtStart,
                !carrierAtStart.equals(carrierAtEnd), ms(start), ms(end));
        events.add(event);
        listener.ended(event);
        return result;
    }

    /** Runs a wait (a park, a sleep, a blocking call), recording when it began and ended. */
    public <T> T await(String task, Work<T> work) throws Exception {
        long start = System.nanoTime();
        listener.began(task, PhaseEvent.WAIT, PhaseEvent.WAIT, null, ms(start));
        T result = work.run();
        PhaseEvent event = new PhaseEvent(task, PhaseEvent.WAIT, PhaseEvent.WAIT, null, false, ms(start), ms(System.nanoTime()));
        events.add(event);
        listener.ended(event);
        return result;
    }

    /** Every event so far, ordered by start time. */
    public List<PhaseEvent> events() {
        List<PhaseEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingDouble(PhaseEvent::startMs));
        return sorted;
    }

    /** The thread that runs the caller right now: the carrier of a virtual thread, else the thread itself. */
    public static String currentCarrier() {
        return carrierOf(Thread.currentThread().toString(), Thread.currentThread().getName());
    }

    /**
     * The carrier named in a thread's {@code toString()}: the text after {@code @} of a mounted virtual
     * thread; {@code fallback} for anything else (a platform thread, or an unmounted virtual thread).
     */
    public static String carrierOf(String threadToString, String fallback) {
        Matcher m = MOUNTED_ON.matcher(threadToString);
        return m.matches() ? m.group(1) : fallback;
    }

    /** The worker number of a ForkJoinPool carrier ({@code ForkJoinPool-1-worker-3} gives 3), or -1. */
    public static int workerNumber(String carrier) {
        if (carrier == null) {
            return -1;
        }
        Matcher m = WORKER_NUMBER.matcher(carrier);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private double ms(long nanos) {
        return (nanos - originNanos) / 1e6;
    }
}
