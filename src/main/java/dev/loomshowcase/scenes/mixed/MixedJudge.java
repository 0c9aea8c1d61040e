package dev.loomshowcase.scenes.mixed;

import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.Units;

import java.util.Locale;

/**
 * Why a mixed cell (T tasks, each a wait then hashing) took the time it took, told from its own
 * numbers: the waits overlapped only when they added clearly less to the hashing than T waits in a
 * row would, and the hashing ran in parallel only when it kept more than one core busy after the first
 * wait (nothing can hash before the first answer arrives).
 *
 * @param speedup   sequential median / the cell's median
 * @param tasks     T, tasks per repetition
 * @param waitMs    one task's wait, as the sequential cell spent it (its wall minus its CPU, per task)
 * @param wallMs    the cell's median wall time
 * @param cpuMs     the cell's median process CPU time
 * @param effective how many of its threads could compute at once: min(carriers, cores)
 */
record MixedJudge(double speedup, int tasks, double waitMs, double wallMs, double cpuMs, int effective) {

    /** The waits' share of the wall: what is left of it once the hashing's CPU, spread over the cores it had, is taken out. */
    double waitsAdded() {
        return Math.max(0, wallMs - cpuMs / effective);
    }

    /** T waits one after another. */
    double serialWaits() {
        return tasks * waitMs;
    }

    boolean overlapped() {
        return waitsAdded() * Bands.CLEARLY_APART <= serialWaits();
    }

    /** Cores the hashing kept busy: the CPU over the wall after the first wait. */
    double hashingCores() {
        double afterFirstWait = wallMs - waitMs;
        return cpuMs / (afterFirstWait > 0 ? afterFirstWait : wallMs);
    }

    boolean parallel() {
        return effective > 1 && hashingCores() >= Bands.PARALLEL;
    }

    String text() {
        String waits = String.format(Locale.ROOT, "the waits added %s to the hashing (%s of CPU over %d core%s), where "
                        + "%d waits in a row take ~%s", Units.duration(waitsAdded()), Units.duration(cpuMs), effective,
                effective == 1 ? "" : "s", tasks, Units.duration(serialWaits()));
        String hashing = String.format(Locale.ROOT, "%.2f cores busy after the first wait", hashingCores());
        return String.format(Locale.ROOT, "%s; %s: %s; %s", Units.speedup(speedup),
                overlapped() ? "waits overlapped" : "waits did not overlap", waits,
                parallel() ? "hashing ran in parallel, " + hashing : "hashing not in parallel, " + hashing);
    }
}
