package dev.loomshowcase.scenes.server;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Verdict;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CPU sentences of the server scenario: each one printed only when its numbers say so. */
class ServerNotesTest {

    @Test
    void fullCoresNameTheProcessThatUsedTheMost() {
        String note = ServerNotes.whoFilledTheCpu(cell(null, "helidon", 1.0, 0.95, 0.55, 0.30)).orElseThrow();
        assertTrue(note.contains("the CPU was full (95%") && note.contains("the server used the most"), note);
        String flipped = ServerNotes.whoFilledTheCpu(cell(null, "helidon", 1.0, 0.95, 0.30, 0.55)).orElseThrow();
        assertTrue(flipped.contains("the stubs used the most"), flipped);
        String others = ServerNotes.whoFilledTheCpu(cell(null, "helidon", 1.0, 0.95, 0.10, 0.10)).orElseThrow();
        assertTrue(others.contains("the other programs used the most") && others.contains("other programs 70%"), others);
    }

    @Test
    void coresWithRoomLeftGetNoSuchSentence() {
        assertTrue(ServerNotes.whoFilledTheCpu(cell(null, "helidon", 1.0, 0.60, 0.40, 0.10)).isEmpty());
    }

    @Test
    void theCheaperClientIsNamedOnlyWhenClearlyCheaper() {
        String cheaper = ServerNotes.clientComparison(List.of(cell(null, "helidon", 0.8, 0.5, 0.2, 0.2),
                cell("virtual+jdk", "jdk", 1.6, 0.5, 0.2, 0.2))).orElseThrow();
        assertTrue(cheaper.contains("helidon client 0.80 ms, jdk client 1.60 ms") && cheaper.contains("the helidon client costs 2.00x less"), cheaper);
        String flipped = ServerNotes.clientComparison(List.of(cell(null, "helidon", 1.6, 0.5, 0.2, 0.2),
                cell("virtual+jdk", "jdk", 0.8, 0.5, 0.2, 0.2))).orElseThrow();
        assertTrue(flipped.contains("the jdk client costs 2.00x less"), flipped);
        String close = ServerNotes.clientComparison(List.of(cell(null, "helidon", 1.0, 0.5, 0.2, 0.2),
                cell("virtual+jdk", "jdk", 1.05, 0.5, 0.2, 0.2))).orElseThrow();
        assertTrue(close.contains("too close to call"), close);
    }

    @Test
    void perRequestLineCarriesEveryProcess() {
        String line = ServerNotes.perRequest(cell(null, "helidon", 1.25, 0.5, 0.2, 0.2));
        assertTrue(line.contains("server 1.25 ms, stubs 0.40 ms, load 0.10 ms (helidon client)"), line);
        assertTrue(line.contains("mean 98, max 100") && line.contains("windows 97 / 99 / 98 req/s"), line);
    }

    private static CellResult cell(String caseName, String client, double serverMs, double machine, double serverBusy,
                                   double stubsBusy) {
        Map<String, Object> e = new LinkedHashMap<>();
        if (caseName != null) {
            e.put("case", caseName);
        }
        e.put("concurrency", 100);
        e.put("client", client);
        e.put("cpuMsPerRequest", Map.of("server", serverMs, "stubs", 0.4, "load", 0.1));
        e.put("cpuBusy", Map.of("server", serverBusy, "stubs", stubsBusy, "load", 0.05));
        e.put("machineCpuBusy", machine);
        e.put("inFlight", Map.of("mean", 98.0, "max", 100.0));
        e.put("windows", List.of(Map.of("throughput", 97.0), Map.of("throughput", 99.0), Map.of("throughput", 98.0)));
        return new CellResult(ThreadModel.VIRTUAL, 2, null, null, null, null, Verdict.HELPS, "", null, e);
    }
}
