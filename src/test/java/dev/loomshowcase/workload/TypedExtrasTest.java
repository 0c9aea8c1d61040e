package dev.loomshowcase.workload;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.scenes.million.MillionMeasurement;
import dev.loomshowcase.scenes.million.WakeUpSplit;
import dev.loomshowcase.scenes.million.Deoptimizations;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.Verdict;
import dev.loomshowcase.scenes.pitfalls.PitfallMeasurement;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Typed extras are written with the field names the JSON reports had before, and read back whole. */
class TypedExtrasTest {

    private static final MillionMeasurement MILLION = new MillionMeasurement("virtual, -Xms1g", "-Xms1g", "virtual",
            100_000, 1000, 250.5, 1300.25, 99_000, 900.0, 1200.0, 4.0, 40.0, 55.0, 3, 12, 4096, 1024,
            new WakeUpSplit(3000, 2, 5000, 300, 900, 400, 50, 20, 100, 200, 800, 50), 30_000, 210.5,
            new Deoptimizations(28_000, "java.lang.VirtualThread.sleepNanos", 27_990));

    @Test
    void millionExtrasKeepTheirFieldNamesAndOrder() {
        assertEquals(List.of("variant", "flags", "kind", "threads", "sleepMs", "startMs", "finishMs", "aliveAfterStart",
                        "heapBytesPerThread", "rssBytesPerThread", "oversleepMedianMs", "oversleepP99Ms", "oversleepMaxMs",
                        "gcCount", "gcMs", "maxHeapMB", "initialHeapMB", "wakeUp", "warmUpThreads", "warmUpMs", "deoptimizations"),
                List.copyOf(Json.fields(MILLION).keySet()), "startRate() and counted() are derived, never written");
    }

    @Test
    void millionExtrasReadBackFromACellBesideOtherExtras() throws Exception {
        Map<String, Object> sent = new java.util.LinkedHashMap<>(Json.fields(MILLION));
        sent.put("pinnedEvents", 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> received = Json.mapper().readValue(Json.compact(sent), Map.class);
        CellResult cell = new CellResult(ThreadModel.VIRTUAL, 2, Stats.of(1300), Stats.of(200), 0.1, null, Verdict.INCONCLUSIVE,
                "", null, received);
        assertEquals(MILLION, cell.extrasAs(MillionMeasurement.class));
        assertEquals(100_000 / 0.2505, cell.extrasAs(MillionMeasurement.class).startRate(), 1e-6);
    }

    @Test
    void pitfallExtrasWriteOnlyTheFieldsOfTheirKind() {
        var blocking = new PitfallMeasurement("native-call", "case", null, null, 8, 100L, Set.of("ForkJoinPool-1-worker-1"));
        assertEquals(List.of("case", "variant", "tasks", "callMs", "carriersUsed"), List.copyOf(Json.fields(blocking).keySet()));
        var starvation = new PitfallMeasurement("cpu-starvation", "twin", 12.5, List.of(12.5, 13.0), null, null, null);
        assertEquals(List.of("case", "variant", "worstDelayMs", "worstDelayMsRuns"), List.copyOf(Json.fields(starvation).keySet()));
        assertEquals(starvation, Json.read(Json.fields(starvation), PitfallMeasurement.class));
    }
}
