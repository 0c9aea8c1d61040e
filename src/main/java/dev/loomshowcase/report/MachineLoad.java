package dev.loomshowcase.report;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine's one-minute load average before and after a run. Other programs competing for the
 * cores stretch CPU-bound cells unevenly; when the load exceeds the core count the report says so,
 * so that nobody over-reads numbers measured on a busy machine.
 *
 * @param before load average when the run started (negative when the OS does not tell)
 * @param after  load average when it ended
 * @param cores  the cores it is compared with
 */
public record MachineLoad(double before, double after, int cores) {

    /** The current one-minute load average, or -1 when unavailable. */
    public static double now() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** A warning when the machine was busier than its cores, else empty. */
    public Optional<String> warning() {
        double peak = Math.max(before, after);
        if (peak <= cores) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "the machine was busy (load average %.1f at start, %.1f at end, "
                + "on %d cores): other programs competed for the CPU, CPU-heavy cells are disturbed; rerun on a quiet "
                + "machine before trusting them", before, after, cores));
    }
}
