package dev.loomshowcase.cli;

import dev.loomshowcase.engine.Environment;
import dev.loomshowcase.observe.CarrierRecorder;
import dev.loomshowcase.observe.CgroupFiles;
import dev.loomshowcase.observe.SchedulerSettings;
import dev.loomshowcase.workload.CpuBurner;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * {@code showcase env}: the seed's exercise 1 ("how many cores? what is GOMAXPROCS?") for the JVM:
 * cores, the virtual-thread scheduler's settings in effect, and a measured count of the carriers
 * that busy virtual threads really ran on.
 */
@Command(name = "env", mixinStandardHelpOptions = true,
        description = "Cores, virtual-thread scheduler parallelism and max pool size in effect, JDK, preview, "
                + "container CPU limits, GC; and the carriers busy virtual threads were seen on.")
final class EnvCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--quick", description = "Accepted like every scene's --quick; env is always quick.")
    boolean quick;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Environment env = Environment.current();
        SchedulerSettings scheduler = SchedulerSettings.current();
        CgroupFiles cgroups = CgroupFiles.system();
        out.println("Environment (the seed's exercise 1: runtime.NumCPU() and GOMAXPROCS, for the JVM)");
        row(out, "CPU cores (availableProcessors)", env.cores() + activeProcessorCount());
        row(out, "scheduler parallelism (GOMAXPROCS)", scheduler.parallelism()
                + (scheduler.parallelismSet() ? " (set by -D" + SchedulerSettings.PARALLELISM + ")" : " (default: = cores)"));
        row(out, "scheduler max pool size", scheduler.maxPoolSize()
                + (scheduler.maxPoolSizeSet() ? " (set by -D" + SchedulerSettings.MAX_POOL_SIZE + ")" : " (default: max(parallelism, 256))"));
        int busy = 2 * scheduler.parallelism();
        row(out, "carriers seen (measured)", seenCarriers(busy) + " distinct carriers ran " + busy + " busy virtual threads");
        row(out, "JDK", env.jdk() + " (" + env.vendor() + "), " + System.getProperty("java.vm.name"));
        row(out, "preview features", env.preview() ? "enabled (--enable-preview): StructuredTaskScope usable" : "NOT enabled");
        row(out, "container CPU limit", cgroups.cpuLimit());
        row(out, "GC", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", ")));
        row(out, "max heap", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        row(out, "OS", env.os() + " " + env.arch());
        out.println("To change the carrier count, start the JVM with -D" + SchedulerSettings.PARALLELISM
                + "=N (scenarios do: --carriers N).");
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private static void row(PrintWriter out, String name, Object value) {
        out.printf("  %-36s %s%n", name + ":", value);
    }

    private static String activeProcessorCount() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:ActiveProcessorCount="))
                .map(a -> " (" + a + ")").findFirst().orElse("");
    }

    /** Runs {@code count} CPU-bound virtual threads at once and counts the carriers they ran on. */
    private static int seenCarriers(int count) throws InterruptedException {
        Set<String> carriers = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                CpuBurner.burn(20_000_000);
                carriers.add(CarrierRecorder.currentCarrier());
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return carriers.size();
    }
}
