package dev.loomshowcase.observe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Limits the kernel applies to this process, read from {@code /sys/fs/cgroup} and {@code /proc}:
 * CPU quota (cgroup v2 {@code cpu.max}, v1 {@code cpu.cfs_quota_us}/{@code cpu.cfs_period_us}) and
 * thread limits ({@code pids.max}, {@code threads-max}, {@code ulimit -u}). Every path hangs off a
 * root, so tests can point it at a fake tree.
 */
public final class CgroupFiles {

    private final Path root;

    public CgroupFiles(Path root) {
        this.root = root;
    }

    /** The real system. */
    public static CgroupFiles system() {
        return new CgroupFiles(Path.of("/"));
    }

    /** One line saying which CPU limit applies, e.g. {@code cgroup v2 cpu.max: 150000 100000 = 1.50 CPUs}. */
    public String cpuLimit() {
        Optional<String> v2 = read("sys/fs/cgroup/cpu.max");
        if (v2.isPresent()) {
            String[] parts = v2.get().split("\\s+");
            if (parts[0].equals("max")) {
                return "cgroup v2 cpu.max: max (no CPU quota)";
            }
            return String.format(Locale.ROOT, "cgroup v2 cpu.max: %s = %.2f CPUs", v2.get(),
                    Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]));
        }
        Optional<String> quota = read("sys/fs/cgroup/cpu/cpu.cfs_quota_us").or(() -> read("sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us"));
        Optional<String> period = read("sys/fs/cgroup/cpu/cpu.cfs_period_us").or(() -> read("sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us"));
        if (quota.isPresent() && period.isPresent()) {
            long q = Long.parseLong(quota.get());
            return q < 0 ? "cgroup v1 cpu.cfs_quota_us: -1 (no CPU quota)"
                    : String.format(Locale.ROOT, "cgroup v1 cpu.cfs_quota_us/period: %d/%s = %.2f CPUs", q, period.get(),
                    q / Double.parseDouble(period.get()));
        }
        return "no cgroup CPU files found (no container CPU quota visible)";
    }

    /** {@code pids.max} of cgroup v2 or v1 ({@code max} = unlimited), if any. */
    public Optional<String> pidsMax() {
        return read("sys/fs/cgroup/pids.max").or(() -> read("sys/fs/cgroup/pids/pids.max"));
    }

    /** The kernel's system-wide thread limit. */
    public Optional<String> threadsMax() {
        return read("proc/sys/kernel/threads-max");
    }

    /** This process's "Max processes" soft limit ({@code ulimit -u}), which counts the user's threads. */
    public Optional<String> maxUserProcesses() {
        return read("proc/self/limits").flatMap(text -> text.lines()
                .filter(l -> l.startsWith("Max processes"))
                .map(l -> l.substring("Max processes".length()).strip().split("\\s+")[0])
                .findFirst());
    }

    /**
     * The smallest numeric thread limit of the three, or {@link Long#MAX_VALUE} when none is numeric.
     */
    public long smallestThreadLimit() {
        return java.util.stream.Stream.of(pidsMax(), threadsMax(), maxUserProcesses())
                .flatMap(Optional::stream)
                .filter(v -> v.matches("\\d+"))
                .mapToLong(Long::parseLong)
                .min().orElse(Long.MAX_VALUE);
    }

    private Optional<String> read(String relative) {
        Path file = root.resolve(relative);
        try {
            if (!Files.isReadable(file)) {
                return Optional.empty();
            }
            // not Files.readString: /proc files report size 0, and it then returns a truncated read
            try (var in = Files.newInputStream(file)) {
                return Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
