package dev.loomshowcase.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CPUs this process may run on, and the first {@code n} of them as a {@code taskset -c} list.
 *
 * <p>The seed's "single core" column means one CPU, not one carrier: a child JVM on one carrier still
 * lets GC, JIT and the HTTP client's selector run on the other cores. {@code taskset} confines the
 * whole child (every thread) to the CPUs listed; {@code -XX:ActiveProcessorCount} makes the JVM size
 * itself for them.
 */
public final class CpuSet {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path TASKSET = Path.of("/usr/bin/taskset");

    private CpuSet() {
    }

    /** The CPU numbers this process may use (from {@code Cpus_allowed_list}), else 0..cores-1. */
    public static List<Integer> allowed() {
        try {
            return Files.readAllLines(STATUS).stream().filter(l -> l.startsWith("Cpus_allowed_list:"))
                    .findFirst().map(l -> parse(l.substring(l.indexOf(':') + 1))).orElseGet(CpuSet::byCount);
        } catch (IOException | RuntimeException e) {
            return byCount();
        }
    }

    private static List<Integer> byCount() {
        List<Integer> cpus = new ArrayList<>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            cpus.add(i);
        }
        return cpus;
    }

    /** Parses a Linux CPU list such as {@code 0-3,8,10-11}. */
    static List<Integer> parse(String list) {
        List<Integer> cpus = new ArrayList<>();
        for (String part : list.strip().split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] range = part.strip().split("-");
            int from = Integer.parseInt(range[0]);
            int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
            for (int cpu = from; cpu <= to; cpu++) {
                cpus.add(cpu);
            }
        }
        return cpus;
    }

    /** The first {@code n} of {@code allowed} as a {@code taskset -c} list, e.g. {@code 0,1}. */
    static String first(int n, List<Integer> allowed) {
        if (n < 1 || n > allowed.size()) {
            throw new IllegalArgumentException("cannot confine a child to " + n + " CPU(s): this process may use "
                    + allowed.size());
        }
        return allowed.subList(0, n).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The {@code taskset} launcher when this machine has one (Linux), else empty. */
    public static Optional<String> taskset() {
        return Files.isExecutable(TASKSET) ? Optional.of(TASKSET.toString()) : Optional.empty();
    }
}
