package dev.loomshowcase.scenes.million;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * A snapshot of where this JVM's CPU went, by the role of each thread, so that two snapshots around
 * the wake-up of the million scene say who did the work: the virtual-thread scheduler's carriers
 * ({@code ForkJoinPool-N-worker-M}), its timer thread ({@code ForkJoinPool-N-delayScheduler}, or
 * {@code VirtualThread-unparker} with a custom scheduler), the collector's threads, the JIT compilers,
 * the VM thread, and the thread that joins. Java threads are read by name through {@link ThreadMXBean};
 * the JVM's own threads, and the time the scheduler's threads waited runnable for a core, from
 * Linux's {@code /proc/self/task/<tid>/stat} and {@code schedstat} (zero elsewhere).
 *
 * @param cpuNanos    CPU time per role
 * @param queuedNanos time the scheduler's threads (carriers and timer, whose names the OS cuts to the
 *                    same 15 characters) waited runnable for a core
 * @param gcPauseMs   collection time the collectors' MXBeans report
 * @param atNanos     when the snapshot was taken ({@link System#nanoTime})
 */
record WakeUpProbe(Map<Role, Long> cpuNanos, long queuedNanos, long gcPauseMs, long atNanos) {

    /** Who a thread works for. */
    enum Role { CARRIERS, TIMERS, GC, JIT, VM, JOINING }

    private static final Path TASKS = Path.of("/proc/self/task");

    /** Takes a snapshot now; {@code joining} is the thread that starts and joins the sleepers. */
    static WakeUpProbe now(Thread joining) {
        Map<Role, Long> cpu = new EnumMap<>(Role.class);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (var info : threads.dumpAllThreads(false, false)) {
            Role role = javaRole(info.getThreadName());
            long ns = threads.getThreadCpuTime(info.getThreadId());
            if (role != null && ns > 0) {
                cpu.merge(role, ns, Long::sum);
            }
        }
        cpu.put(Role.JOINING, Math.max(0, threads.getThreadCpuTime(joining.threadId())));
        long queued = readTasks(cpu);
        long pauses = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
        return new WakeUpProbe(cpu, queued, pauses, System.nanoTime());
    }

    /** The role of a Java thread by its name; null for any other. */
    static Role javaRole(String name) {
        if (name.startsWith("ForkJoinPool") && name.contains("-worker-")) {
            return Role.CARRIERS;
        }
        return name.contains("delayScheduler") || name.startsWith("VirtualThread-unparker") ? Role.TIMERS : null;
    }

    /** The role of one of the JVM's own threads by the name the OS knows it by (at most 15 characters); null for others. */
    static Role nativeRole(String comm) {
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.startsWith("ZGC") || comm.startsWith("Shenandoah")) {
            return Role.GC;
        }
        if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            return Role.JIT;
        }
        return comm.equals("VM Thread") ? Role.VM : null;
    }

    /** Adds the JVM's own threads' CPU to {@code cpu}; returns the nanoseconds the scheduler's threads waited for a core. */
    private static long readTasks(Map<Role, Long> cpu) {
        long queued = 0;
        if (!Files.isDirectory(TASKS)) {
            return 0;
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    String comm = Files.readString(task.resolve("comm")).strip();
                    String[] sched = Files.readString(task.resolve("schedstat")).strip().split("\\s+");
                    Role role = nativeRole(comm);
                    if (role != null) {
                        cpu.merge(role, Long.parseLong(sched[0]), Long::sum);
                    } else if (comm.startsWith("ForkJoinPool")) {
                        queued += Long.parseLong(sched[1]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the thread ended between listing and reading: it has nothing left to count
                }
            }
        } catch (IOException e) {
            return queued;
        }
        return queued;
    }

    /** What happened between {@code start} (all threads started) and this snapshot (all joined), on {@code carriers}. */
    WakeUpSplit since(WakeUpProbe start, int carriers, int threads) {
        double wallMs = (atNanos - start.atNanos) / 1e6;
        double carriersMs = delta(start, Role.CARRIERS);
        double queuedMs = (queuedNanos - start.queuedNanos) / 1e6;
        return new WakeUpSplit(wallMs, carriers, carriersMs, delta(start, Role.TIMERS), delta(start, Role.GC),
                gcPauseMs - start.gcPauseMs, delta(start, Role.JIT), delta(start, Role.VM), delta(start, Role.JOINING),
                Math.max(0, carriers * wallMs - carriersMs - queuedMs), Math.max(0, queuedMs),
                threads == 0 ? 0 : carriersMs * 1000 / threads);
    }

    private double delta(WakeUpProbe start, Role role) {
        return Math.max(0, cpuNanos.getOrDefault(role, 0L) - start.cpuNanos.getOrDefault(role, 0L)) / 1e6;
    }
}
