package dev.loomshowcase.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChildCommandTest {

    private final CellSpec spec = new CellSpec("fetch-all", ThreadModel.VIRTUAL, 3, 1, 5,
            Map.of("stubs", "http://127.0.0.1:9"), List.of("--enable-native-access=ALL-UNNAMED"));

    @Test
    void carrierCountBecomesSchedulerParallelismAndMaxPoolSize() {
        List<String> command = ChildCommand.build("/jdk/bin/java", "cp", spec, List.of());
        assertTrue(command.contains("-Djdk.virtualThreadScheduler.parallelism=3"), command.toString());
        assertTrue(command.contains("-Djdk.virtualThreadScheduler.maxPoolSize=3"), command.toString());
    }

    @Test
    void launcherPreviewClassPathAndMainClassAreInPlace() {
        List<String> command = ChildCommand.build("/jdk/bin/java", "a.jar:b.jar", spec, List.of("-Xmx1g"));
        assertEquals("/jdk/bin/java", command.getFirst());
        assertEquals("--enable-preview", command.get(1));
        int cp = command.indexOf("-cp");
        assertEquals("a.jar:b.jar", command.get(cp + 1));
        assertEquals(ChildCommand.MAIN_CLASS, command.get(cp + 2));
        assertTrue(command.indexOf("-Xmx1g") < cp, "JVM options go before the class path");
        assertTrue(command.indexOf("--enable-native-access=ALL-UNNAMED") < cp, "spec JVM options go before the class path");
    }

    @Test
    void specTravelsAsOneJsonArgumentThatRoundTrips() throws Exception {
        List<String> command = ChildCommand.build("java", "cp", spec, List.of());
        CellSpec back = Json.mapper().readValue(command.getLast(), CellSpec.class);
        assertEquals(spec, back);
    }

    @Test
    void carrierFlagsComeLastAmongJvmOptionsSoNoLaterOptionOverridesThem() {
        List<String> command = ChildCommand.build("/jdk/bin/java", "cp", spec,
                List.of("-Djdk.virtualThreadScheduler.parallelism=7"));
        int cp = command.indexOf("-cp");
        assertEquals("-Djdk.virtualThreadScheduler.parallelism=3", command.get(cp - 2), command.toString());
        assertEquals("-Djdk.virtualThreadScheduler.maxPoolSize=3", command.get(cp - 1), command.toString());
    }

    @Test
    void coresConfineTheChildWithTasksetAndActiveProcessorCount() {
        List<String> command = ChildCommand.build("/jdk/bin/java", "cp", spec.withCores(1), List.of(),
                List.of(2, 3), java.util.Optional.of("/usr/bin/taskset"));
        assertEquals(List.of("/usr/bin/taskset", "-c", "2", "/jdk/bin/java"), command.subList(0, 4));
        assertTrue(command.contains("-XX:ActiveProcessorCount=1"), command.toString());
        List<String> all = ChildCommand.build("/jdk/bin/java", "cp", spec, List.of(), List.of(0, 1),
                java.util.Optional.of("/usr/bin/taskset"));
        assertEquals("/jdk/bin/java", all.getFirst(), "without --cores the child may use every CPU");
        assertTrue(all.stream().noneMatch(a -> a.startsWith("-XX:ActiveProcessorCount")), all.toString());
    }

    @Test
    void moreCoresThanTheProcessMayUseIsAClearError() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ChildCommand.build("java", "cp", spec.withCores(3), List.of(), List.of(0, 1), java.util.Optional.empty()));
        assertTrue(e.getMessage().contains("3 CPU(s)"), e.getMessage());
    }
}
