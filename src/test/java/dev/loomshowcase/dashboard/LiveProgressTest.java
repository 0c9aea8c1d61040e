package dev.loomshowcase.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ChildReport;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.engine.Sample;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.scenes.fetchall.FetchAllScenario;
import dev.loomshowcase.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each cell's result reaches the page as its own scenario judges it, the moment the cell ends. */
@org.junit.jupiter.api.Timeout(30)
class LiveProgressTest {

    private final EventHub hub = new EventHub();
    private final EventHub.Listener page = hub.subscribe();

    private static CellOutcome measured(String workload, ThreadModel model, int carriers, double... wallMs) {
        List<Sample> samples = new ArrayList<>();
        for (double ms : wallMs) {
            samples.add(new Sample((long) (ms * 1e6), (long) (ms * 1e5)));
        }
        return CellOutcome.measured(new CellSpec(workload, model, carriers, 0, wallMs.length, Map.of()),
                new ChildReport(samples, carriers, Map.of()));
    }

    /** Runs two cells (baseline, then virtual) through the progress and returns the virtual cell's result. */
    private JsonNode virtualCellAfter(LiveProgress progress, double... virtualMs) throws Exception {
        CellOutcome baseline = measured("fetch-all", ThreadModel.SEQUENTIAL, 1, 300, 301, 302);
        CellOutcome virtual = measured("fetch-all", ThreadModel.VIRTUAL, 1, virtualMs);
        progress.started(baseline.spec(), 0, 2);
        progress.finished(baseline, 0, 2);
        progress.started(virtual.spec(), 1, 2);
        progress.finished(virtual, 1, 2);
        JsonNode last = null;
        for (DashboardEvent e = page.next(50); e != null; e = page.next(50)) {
            if (e.name().equals("cell")) {
                last = Json.mapper().readTree(e.json());
            }
        }
        return last;
    }

    private LiveProgress progress(Scenario scenario, boolean matrix) {
        return new LiveProgress(hub, spec -> Optional.of(scenario), matrix, "quick");
    }

    @Test
    void aFasterCellIsJudgedHelpsByItsScenarioAsSoonAsItEnds() throws Exception {
        JsonNode cell = virtualCellAfter(progress(new FetchAllScenario(), false), 100, 101, 102);
        assertEquals("helps", cell.at("/result/verdict").asText());
        assertEquals(2.98, cell.at("/result/speedup").asDouble(), 0.01);
        assertEquals("virtual@1", cell.get("label").asText());
    }

    @Test
    void aCellEndingBeforeItsBaselineWaitsForItThenGetsItsVerdict() throws Exception {
        LiveProgress progress = progress(new FetchAllScenario(), false);
        CellOutcome virtual = measured("fetch-all", ThreadModel.VIRTUAL, 1, 100, 101, 102);
        CellOutcome platform = measured("fetch-all", ThreadModel.PLATFORM_POOL, 3, 100, 101, 102);
        CellOutcome baseline = measured("fetch-all", ThreadModel.SEQUENTIAL, 1, 300, 301, 302);
        progress.started(virtual.spec(), 0, 3);
        progress.finished(virtual, 0, 3);
        JsonNode early = lastCell("virtual@1");
        assertFalse(early.get("result").has("verdict"), "no verdict before the baseline: " + early);
        assertTrue(early.at("/result/reason").asText().startsWith("verdict when"), early.toString());
        progress.started(baseline.spec(), 1, 3);
        progress.finished(baseline, 1, 3);
        JsonNode judged = lastCell("virtual@1");
        assertEquals("helps", judged.at("/result/verdict").asText(), "judged once the baseline is in: " + judged);
        assertEquals(early.get("key").asText(), judged.get("key").asText(), "the same row on the page");
        progress.started(platform.spec(), 2, 3);
        progress.finished(platform, 2, 3);
        assertEquals("helps", lastCell("platform-pool@3").at("/result/verdict").asText());
    }

    /** The last published result of the cell labelled {@code label}, of the events not read yet. */
    private JsonNode lastCell(String label) throws Exception {
        JsonNode last = null;
        for (DashboardEvent e = page.next(50); e != null; e = page.next(50)) {
            if (e.name().equals("cell")) {
                JsonNode cell = Json.mapper().readTree(e.json());
                if (label.equals(cell.get("label").asText())) {
                    last = cell;
                }
            }
        }
        return last;
    }

    @Test
    void failedCellsNameTheirCoresWhenTheRunMeasuredTwoCoreCounts() throws Exception {
        LiveProgress progress = progress(new FetchAllScenario(), false);
        List<CellOutcome> outcomes = new ArrayList<>();
        for (int cores : new int[] {1, 2}) {
            outcomes.add(measured("fetch-all", ThreadModel.SEQUENTIAL, 1, 300, 301, 302));
            outcomes.add(CellOutcome.failed(new CellSpec("fetch-all", ThreadModel.VIRTUAL, 1, 0, 3, Map.of()), "child JVM timed out"));
        }
        for (int i = 0; i < outcomes.size(); i++) {
            int cores = i < 2 ? 1 : 2;
            CellOutcome o = outcomes.get(i);
            CellSpec spec = o.spec().withCores(cores).withCoresInLabel();
            CellOutcome onCores = o.ok() ? CellOutcome.measured(spec, o.report()) : CellOutcome.failed(spec, o.error());
            progress.started(spec, i, outcomes.size());
            progress.finished(onCores, i, outcomes.size());
        }
        List<String> failedLabels = new ArrayList<>();
        for (DashboardEvent e = page.next(50); e != null; e = page.next(50)) {
            if (e.name().equals("cell")) {
                JsonNode cell = Json.mapper().readTree(e.json());
                if ("failed".equals(cell.at("/result/verdict").asText())) {
                    failedLabels.add(cell.get("label").asText());
                }
            }
        }
        assertTrue(failedLabels.contains("virtual@1 on 1 core") && failedLabels.contains("virtual@1 on 2 cores"), failedLabels.toString());
        assertFalse(failedLabels.contains("virtual@1"), failedLabels.toString());
    }

    @Test
    void aFailedCellWithoutReportedCoresIsLabelledWithTheCoresItsSpecAskedFor() {
        CellSpec spec = new CellSpec("pitfall", ThreadModel.VIRTUAL, 2, 0, 1, Map.of()).withCores(1).withCoresInLabel();
        CellResult failed = new CellResult(ThreadModel.VIRTUAL, 2, null, null, null, null, dev.loomshowcase.engine.Verdict.FAILED,
                "failed: crashed", "crashed", Map.of("case", "native-call"));
        assertEquals("native-call@2 on 1 core", LiveProgress.labelled(failed, spec).label());
        CellSpec oneCoreCount = new CellSpec("pitfall", ThreadModel.VIRTUAL, 2, 0, 1, Map.of()).withCores(1);
        assertEquals("native-call@2", LiveProgress.labelled(failed, oneCoreCount).label(), "one core count: no cores in labels");
    }

    @Test
    void flippedNumbersGiveTheOtherVerdict() throws Exception {
        JsonNode cell = virtualCellAfter(progress(new FetchAllScenario(), false), 900, 901, 902);
        assertEquals("hurts", cell.at("/result/verdict").asText());
    }

    @Test
    void aCellItsScenarioCannotJudgeYetShowsItsTimesAndNoVerdict() throws Exception {
        Scenario judgesOnlyAll = new Scenario() {
            public String name() {
                return "pairs";
            }

            public String title() {
                return "judged in pairs";
            }

            public String hypothesis() {
                return "";
            }

            public boolean needsStubs() {
                return false;
            }

            public List<CellSpec> plan(dev.loomshowcase.scenario.RunOptions options) {
                return List.of();
            }

            public java.time.Duration cellTimeout(CellSpec spec) {
                return java.time.Duration.ofSeconds(1);
            }

            @Override
            public List<CellResult> analyse(List<CellOutcome> outcomes) {
                throw new IllegalStateException("needs every cell");
            }
        };
        JsonNode cell = virtualCellAfter(progress(judgesOnlyAll, false), 100, 101, 102);
        assertFalse(cell.get("result").has("verdict"), "no verdict before the scenario can give one");
        assertEquals(101, cell.at("/result/wallMs/median").asDouble(), 0.01);
        assertTrue(cell.at("/result/reason").asText().startsWith("verdict when"));
    }

    @Test
    void duringTheMainJobAFinishedScenarioFillsItsMatrixRow() throws Exception {
        LiveProgress progress = progress(new FetchAllScenario(), true);
        progress.planned(7);
        virtualCellAfter(progress, 100, 101, 102);
        // the matrix event was published after the last cell; find it in the history
        EventHub.Listener replay = hub.subscribe();
        JsonNode matrix = null;
        for (DashboardEvent e = replay.next(50); e != null; e = replay.next(50)) {
            if (e.name().equals("matrix")) {
                matrix = Json.mapper().readTree(e.json());
            }
        }
        assertEquals("fetch-all", matrix.at("/measured/0").asText());
        JsonNode single = matrix.at("/rows/io-bound/single-carrier");
        assertEquals("virtual@1", single.get("cell").asText());
        assertEquals("✔", single.get("mark").asText());
        assertTrue(single.get("seed").get("helps").asBoolean(), "the seed's prediction beside it");
    }

    @Test
    void cellStartCarriesTheProgressLine() throws Exception {
        LiveProgress progress = progress(new FetchAllScenario(), true);
        progress.planned(5);
        CellOutcome baseline = measured("fetch-all", ThreadModel.SEQUENTIAL, 1, 300);
        progress.started(baseline.spec(), 0, 2);
        JsonNode start = Json.mapper().readTree(page.next(100).json());
        assertEquals("sequential@1", start.get("cell").asText());
        assertEquals(5, start.get("total").asInt(), "the whole main job's cells, not the scenario's");
        assertEquals(4, start.get("left").asInt());
        assertNull(page.next(10));
    }
}
