package dev.loomshowcase.scenes.million;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Locale;

/**
 * Where the wake-up of the million scene went, measured between the moment the last thread had
 * started and the moment the last was joined ({@link WakeUpProbe}): CPU by the threads that did the
 * work, and how the carriers spent the phase (running, waiting for a core, idle).
 *
 * @param wakeWallMs           from the last start to the last join
 * @param carriers             the scheduler's parallelism
 * @param wakeCarrierCpuMs     CPU of the carriers: mounting each woken thread, running it to its end, unmounting
 * @param wakeTimerCpuMs       CPU of the timer thread(s) that fire the sleeps and hand the threads to the scheduler
 * @param wakeGcCpuMs          CPU of the collector's threads
 * @param wakeGcPauseMs        collection time reported by the collectors (pauses, and for G1 some concurrent work)
 * @param wakeJitCpuMs         CPU of the JIT compilers
 * @param wakeVmCpuMs          CPU of the VM thread (safepoints)
 * @param wakeJoinCpuMs        CPU of the thread that joins them all
 * @param wakeCarrierIdleMs    carrier time neither running nor waiting for a core: nothing to run, waiting for timers
 * @param wakeCarrierQueuedMs  time the carriers (and timer thread) waited runnable for a core other threads held
 * @param wakeCarrierCpuUsPerThread carrier CPU per woken thread, µs
 */
public record WakeUpSplit(double wakeWallMs, int carriers, double wakeCarrierCpuMs, double wakeTimerCpuMs,
                          double wakeGcCpuMs, double wakeGcPauseMs, double wakeJitCpuMs, double wakeVmCpuMs,
                          double wakeJoinCpuMs, double wakeCarrierIdleMs, double wakeCarrierQueuedMs,
                          double wakeCarrierCpuUsPerThread) {

    /** What the carriers' time went to, the largest share first named. */
    enum Pace { CARRIER_WORK, WAITING_FOR_A_CORE, WAITING_FOR_TIMERS }

    /** The largest of the carriers' three uses of the phase: running, waiting for a core, idle. */
    @JsonIgnore
    Pace pace() {
        if (wakeCarrierCpuMs >= wakeCarrierQueuedMs && wakeCarrierCpuMs >= wakeCarrierIdleMs) {
            return Pace.CARRIER_WORK;
        }
        return wakeCarrierQueuedMs >= wakeCarrierIdleMs ? Pace.WAITING_FOR_A_CORE : Pace.WAITING_FOR_TIMERS;
    }

    /** The split in one sentence, its cause named from the largest share. */
    String describe() {
        double carrierMs = carriers * wakeWallMs;
        return String.format(Locale.ROOT, "from the last start to the last join %.0f ms: the %d carriers ran %.0f ms of CPU "
                        + "(%.1f µs per thread, %.0f%% of %d x the phase), waited %.0f ms for a core (%.0f%%) and sat idle %.0f ms (%.0f%%); "
                        + "the timer thread used %.0f ms, the collector's threads %.0f ms (collections %.0f ms), the JIT %.0f ms, "
                        + "the joining thread %.0f ms. %s",
                wakeWallMs, carriers, wakeCarrierCpuMs, wakeCarrierCpuUsPerThread, pct(wakeCarrierCpuMs, carrierMs), carriers,
                wakeCarrierQueuedMs, pct(wakeCarrierQueuedMs, carrierMs), wakeCarrierIdleMs, pct(wakeCarrierIdleMs, carrierMs),
                wakeTimerCpuMs, wakeGcCpuMs, wakeGcPauseMs, wakeJitCpuMs, wakeJoinCpuMs, cause());
    }

    private String cause() {
        return switch (pace()) {
            case CARRIER_WORK -> String.format(Locale.ROOT, "The carriers' own work (%.1f µs per thread) set the pace, "
                    + "not the timers (%.0f ms).", wakeCarrierCpuUsPerThread, wakeTimerCpuMs);
            case WAITING_FOR_A_CORE -> String.format(Locale.ROOT, "The carriers mostly waited for a core: the collector "
                    + "(%.0f ms), the JIT (%.0f ms) or other programs held the cores.", wakeGcCpuMs, wakeJitCpuMs);
            case WAITING_FOR_TIMERS -> "The carriers mostly sat idle: the threads were waiting for their timers to fire.";
        };
    }

    private static double pct(double part, double whole) {
        return whole <= 0 ? 0 : 100 * part / whole;
    }
}
