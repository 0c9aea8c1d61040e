package dev.loomshowcase.engine;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WorkloadsTest {

    @Test
    void providersOnTheClassPathRegisterTheScenesWorkloads() {
        var names = Workloads.known().keySet();
        assertTrue(names.containsAll(java.util.List.of("fetch-all", "calculate-all", "payments", "server")),
                "registered: " + names);
    }

    @Test
    void anUnknownWorkloadIsRefusedWithTheKnownNames() {
        var spec = new CellSpec("no-such-work", ThreadModel.SEQUENTIAL, 1, 0, 1, Map.of());
        var e = assertThrows(IllegalArgumentException.class, () -> Workloads.create(spec));
        assertTrue(e.getMessage().contains("fetch-all"), e.getMessage());
        assertTrue(e.getMessage().startsWith("unknown workload 'no-such-work'"), e.getMessage());
    }
}
