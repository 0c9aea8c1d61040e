package dev.loomshowcase.observe;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CgroupFilesTest {

    private static void write(Path root, String relative, String text) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void readsACgroupV2Quota(@TempDir Path root) throws Exception {
        write(root, "sys/fs/cgroup/cpu.max", "150000 100000\n");
        assertTrue(new CgroupFiles(root).cpuLimit().contains("1.50 CPUs"), new CgroupFiles(root).cpuLimit());
    }

    @Test
    void readsAnUnlimitedCgroupV1Quota(@TempDir Path root) throws Exception {
        write(root, "sys/fs/cgroup/cpu/cpu.cfs_quota_us", "-1\n");
        write(root, "sys/fs/cgroup/cpu/cpu.cfs_period_us", "100000\n");
        assertTrue(new CgroupFiles(root).cpuLimit().contains("no CPU quota"));
    }

    @Test
    void smallestThreadLimitIgnoresMaxAndMissingFiles(@TempDir Path root) throws Exception {
        write(root, "proc/sys/kernel/threads-max", "193102\n");
        write(root, "proc/self/limits", "Limit  Soft Limit  Hard Limit  Units\nMax processes             96551                96551                processes\n");
        write(root, "sys/fs/cgroup/pids.max", "max\n");
        CgroupFiles files = new CgroupFiles(root);
        assertEquals(Optional.of("96551"), files.maxUserProcesses());
        assertEquals(96551, files.smallestThreadLimit());
    }

    @Test
    void readsTheRealProcFilesWhole() {
        // /proc files report size 0; a size-based read would truncate them
        CgroupFiles.system().threadsMax().ifPresent(v -> assertTrue(Long.parseLong(v) > 100, "threads-max read as " + v));
    }
}
