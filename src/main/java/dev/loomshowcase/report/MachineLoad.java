package dev.loomshowcase.report;

import dev.loomshowcase.observe.CpuAccount;

import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * How busy the machine was during a run, and with whose work. The load average (kept for reference)
 * counts the showcase's own child JVMs, stubs and load generator as load, so it cannot say whether
 * anyone else competed; the warning rests on {@link CpuAccount}'s split instead: CPU used by other
 * processes than ours, with the figure.
 *
 * @param before     load average when the run started (negative when the OS does not tell)
 * @param after      load average when it ended
 * @param cores      the cores it is compared with
 * @param ownCores   cores the showcase's own process tree kept busy on average; null when unknown
 * @param otherCores cores other processes kept busy on average; null when unknown (not Linux)
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record MachineLoad(double before, double after, int cores, Double ownCores, Double otherCores) {

    /** A load without the CPU split (where {@code /proc} cannot tell). */
    public MachineLoad(double before, double after, int cores) {
        this(before, after, cores, null, null);
    }

    /** The load averages with the CPU split measured between two readings, when there is one. */
    public static MachineLoad of(double before, double after, int cores, Optional<CpuAccount.Usage> usage) {
        return usage.map(u -> new MachineLoad(before, after, cores, u.ownCores(), u.otherCores()))
                .orElseGet(() -> new MachineLoad(before, after, cores));
    }

    /** The current one-minute load average, or -1 when unavailable. */
    public static double now() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * A warning when other processes than the showcase's used enough CPU to disturb cells, with the
     * figure; empty otherwise, and empty when it cannot be told (the load average alone would blame
     * others for our own load).
     */
    public Optional<String> warning() {
        if (ownCores == null || otherCores == null) {
            return Optional.empty();
        }
        return new CpuAccount.Usage(ownCores, otherCores, cores).warning();
    }

    /** The warning as a claim: other processes' cores against the level worth a warning. */
    public Optional<dev.loomshowcase.engine.Claim> warningClaim() {
        return warning().map(text -> dev.loomshowcase.engine.Claim.of(text, dev.loomshowcase.engine.Claim.Evidence.at(
                "cores other processes kept busy", "/load/otherCores", otherCores, dev.loomshowcase.engine.Claim.Op.GE,
                CpuAccount.OTHERS_WORTH_A_WARNING)));
    }

    /** Whose CPU the run used, in a few words; empty when it cannot be told. */
    public Optional<String> split() {
        if (ownCores == null || otherCores == null) {
            return Optional.empty();
        }
        return Optional.of(String.format(java.util.Locale.ROOT, "CPU used: %.2f cores by the showcase, %.2f by "
                + "other processes (of %d)", ownCores, otherCores, cores));
    }
}
