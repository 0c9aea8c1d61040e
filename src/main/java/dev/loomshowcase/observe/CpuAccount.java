package dev.loomshowcase.observe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Whose CPU a run used: the showcase's own process tree (this JVM, its child JVMs, embedded stubs,
 * the load generator) against every other process on the machine.
 *
 * <p>The load average cannot tell them apart: it counts our own child JVMs as "load". Linux can:
 * {@code /proc/stat} gives the machine's busy time, {@code /proc/<pid>/stat} each process's, with
 * the CPU of children already reaped in its {@code cutime}/{@code cstime}. Other programs' share is
 * the machine's busy time minus ours, so a warning about "other programs" rests on that figure alone.
 */
public final class CpuAccount {

    /** Others using at least this many cores on average are worth a warning: they competed with our cells. */
    public static final double OTHERS_WORTH_A_WARNING = 0.2;

    private CpuAccount() {
    }

    /**
     * A reading of the counters, in clock ticks.
     *
     * @param machineBusy busy ticks summed over every CPU
     * @param machineAll  all ticks (busy and idle) summed over every CPU
     * @param own         ticks of this process, its reaped children and its live descendants
     * @param cpus        CPUs counted in {@code /proc/stat}
     */
    public record Reading(long machineBusy, long machineAll, long own, int cpus) {
    }

    /**
     * CPU used between two readings, as cores kept busy on average.
     *
     * @param ownCores   by the showcase's process tree
     * @param otherCores by every other process
     * @param cpus       the machine's CPUs
     */
    public record Usage(double ownCores, double otherCores, int cpus) {

        /** A warning naming other programs' CPU, only when they used enough to disturb cells. */
        public Optional<String> warning() {
            if (otherCores < OTHERS_WORTH_A_WARNING) {
                return Optional.empty();
            }
            return Optional.of(String.format(Locale.ROOT, "other programs used %.2f of the %d cores on average during "
                    + "this run (the showcase itself %.2f): they competed with the cells, so CPU-heavy cells are "
                    + "disturbed; rerun on a quiet machine before trusting them", otherCores, cpus, ownCores));
        }

        /** The split in one line, for a report. */
        public String describe() {
            return String.format(Locale.ROOT, "CPU during the run: the showcase %.2f cores, other programs %.2f cores, "
                    + "of %d", ownCores, otherCores, cpus);
        }
    }

    /** A reading now, or empty where {@code /proc} is not available (not Linux). */
    public static Optional<Reading> read() {
        try {
            var lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] cpu = lines.getFirst().trim().split("\\s+");
            int cpus = (int) lines.stream().filter(l -> l.matches("cpu\\d+ .*")).count();
            long all = 0;
            long idle = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                long ticks = Long.parseLong(cpu[i]);
                all += ticks;
                if (i == 4 || i == 5) {
                    idle += ticks;
                }
            }
            long own = ownTicks(ProcessHandle.current().pid(), true);
            for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
                own += ownTicks(child.pid(), true);
            }
            return Optional.of(new Reading(all - idle, all, own, Math.max(1, cpus)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Usage between two readings; empty when no time passed. */
    public static Optional<Usage> between(Reading start, Reading end) {
        long all = end.machineAll() - start.machineAll();
        if (all <= 0) {
            return Optional.empty();
        }
        double ticksPerCpu = (double) all / end.cpus();
        double own = Math.max(0, end.own() - start.own()) / ticksPerCpu;
        double busy = Math.max(0, end.machineBusy() - start.machineBusy()) / ticksPerCpu;
        return Optional.of(new Usage(Math.min(own, busy), Math.max(0, busy - own), end.cpus()));
    }

    /** utime + stime (and, with {@code reaped}, cutime + cstime) of a process; 0 when it is gone. */
    static long ownTicks(long pid, boolean reaped) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return reaped ? ticks + Long.parseLong(f[13]) + Long.parseLong(f[14]) : ticks;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
