package dev.loomshowcase.scenes.million;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MillionScenarioTest {

    static CellResult cell(String model, String kind, String variant, int threads, double startMs, double finishMs, double gcCount) {
        Map<String, Object> extras = new java.util.HashMap<>(Map.of("kind", kind, "variant", variant, "threads", threads,
                "startMs", startMs, "finishMs", finishMs, "sleepMs", 1000, "heapBytesPerThread", 800.0,
                "rssBytesPerThread", 30_000.0, "gcCount", gcCount, "gcMs", 10 * gcCount));
        extras.putAll(Map.of("flags", "-Xms1g", "oversleepMedianMs", 5.0, "oversleepP99Ms", 50.0, "oversleepMaxMs", 70.0));
        return new CellResult(ThreadModel.of(model), 2, Stats.of(finishMs * 0.99, finishMs, finishMs * 1.01), Stats.of(100), 0.1, null,
                Verdict.INCONCLUSIVE, "", null, extras);
    }

    /** The same cell measured in one repetition only. */
    static CellResult once(CellResult cell) {
        return new CellResult(cell.model(), cell.carriers(), Stats.of(cell.wallMs().median()), cell.cpuMs(), cell.cpuShare(),
                null, Verdict.INCONCLUSIVE, "", null, cell.extras());
    }

    @Test
    void platformCountStaysUnderAQuarterOfTheSmallestLimit() {
        assertEquals(20_000, MillionScenario.platformCap(Long.MAX_VALUE));
        assertEquals(20_000, MillionScenario.platformCap(96_551));
        assertEquals(1_000, MillionScenario.platformCap(4_000));
    }

    @Test
    void virtualCellsAreJudgedByStartRateAgainstPlatformThreads() {
        CellResult platform = cell("platform-per-task", "platform", "p", 2_000, 500, 1_500, 1);
        CellResult virtual = cell("virtual", "virtual", "v", 100_000, 1_000, 3_000, 10);
        double platformRate = MillionScenario.startRate(platform);
        assertEquals(4_000, platformRate, 1e-6);
        CellResult judged = MillionScenario.judge(virtual, platformRate);
        assertEquals(Verdict.HELPS, judged.verdict());
        assertEquals(25, judged.speedup(), 1e-6);
        assertEquals(Verdict.HURTS, MillionScenario.judge(cell("virtual", "virtual", "v", 1_000, 1_000, 2_000, 0), platformRate).verdict());
    }

    @Test
    void findingsNameTheFastestVariantFromTheRows() {
        List<CellResult> cells = List.of(
                cell("platform-per-task", "platform", "platform", 2_000, 500, 1_500, 1),
                cell("virtual", "virtual", "virtual, default heap", 100_000, 1_000, 4_000, 13),
                cell("virtual", "virtual", "virtual, -Xms1g", 100_000, 500, 1_800, 0));
        List<String> findings = MillionNotes.findings(cells);
        assertTrue(findings.getLast().contains("'virtual, -Xms1g'"), findings.getLast());
        assertTrue(findings.getLast().contains("flags that help"), findings.getLast());
        assertTrue(findings.get(2).contains("13 collections"), findings.get(2));
        assertTrue(findings.get(2).contains("5 ms late (median)"), findings.get(2));
    }

    @Test
    void eachLeverIsShownAgainstTheDefaultHeapAsHelpedOrNot() {
        List<CellResult> cells = List.of(
                cell("platform-per-task", "platform", "platform", 2_000, 500, 1_500, 1),
                cell("virtual", "virtual", "virtual, default heap", 100_000, 1_000, 4_000, 13),
                cell("virtual", "virtual", "virtual, -Xms1g", 100_000, 500, 2_000, 0),
                cell("virtual", "virtual", "virtual, 4 carriers", 100_000, 500, 3_900, 0));
        String levers = MillionNotes.findings(cells).get(3);
        assertTrue(levers.contains("'virtual, -Xms1g' 2000 ms, 2.00x (helped)"), levers);
        assertTrue(levers.contains("'virtual, 4 carriers' 3900 ms, 1.03x (no clear effect)"), levers);
        assertTrue(MillionScenario.youngHoldsAll(1_000_000).contains("-Xmn1758m"), MillionScenario.youngHoldsAll(1_000_000).toString());
    }

    @Test
    void oneRepetitionPerVariantIsShownButNotJudged() {
        CellResult platform = cell("platform-per-task", "platform", "p", 2_000, 500, 1_500, 1);
        CellResult virtual = once(cell("virtual", "virtual", "v", 100_000, 1_000, 3_000, 10));
        CellResult judged = MillionScenario.judge(virtual, MillionScenario.startRate(platform));
        assertEquals(Verdict.INCONCLUSIVE, judged.verdict(), judged.reason());
        assertTrue(judged.reason().contains("one repetition"), judged.reason());
        List<String> findings = MillionNotes.findings(List.of(once(platform),
                once(cell("virtual", "virtual", "virtual, default heap", 100_000, 1_000, 4_000, 13)),
                once(cell("virtual", "virtual", "virtual, -Xms1g", 100_000, 500, 1_800, 0))));
        assertTrue(!findings.getLast().contains("flags that help") && findings.getLast().contains("one repetition"),
                findings.getLast());
    }

    @Test
    void aGainInsideTheNoEffectBandIsNoClearGain() {
        assertTrue(MillionNotes.flagsVerdict(false, 1.05, 3).contains("no clear gain"));
        assertTrue(MillionNotes.flagsVerdict(false, 1.15, 3).contains("flags that help, measured: 1.15x"));
    }

    /** An evidence cell: JFR counted {@code mostCount} deoptimizations of the sleep, carriers spent {@code usPerThread} each. */
    static CellResult counted(String variant, int warmUpThreads, long mostCount, double usPerThread) {
        CellResult cell = cell("virtual", "virtual", variant, 100_000, 300, 2_000, 0);
        Map<String, Object> extras = new java.util.HashMap<>(cell.extras());
        extras.put("warmUpThreads", warmUpThreads);
        extras.put("warmUpMs", 200.0);
        extras.put("deoptimizations", Map.of("total", mostCount + 10, "mostMethod", "java.lang.VirtualThread.sleepNanos", "mostCount", mostCount));
        extras.put("wakeUp", Json.fields(new WakeUpSplit(1000, 2, usPerThread * 100, 50, 0, 0, 10, 5, 1, 100, 100, usPerThread)));
        return new CellResult(cell.model(), cell.carriers(), cell.wallMs(), cell.cpuMs(), cell.cpuShare(), null, Verdict.INCONCLUSIVE,
                "", null, extras);
    }

    @Test
    void deoptimizationIsNamedTheWakeUpsCostOnlyWhenTheCountsShowIt() {
        CellResult platform = cell("platform-per-task", "platform", "platform", 2_000, 500, 1_500, 1);
        CellResult base = cell("virtual", "virtual", "virtual, default heap", 100_000, 1_000, 4_000, 13);
        List<String> shown = MillionNotes.findings(List.of(platform, base,
                counted("virtual, cold, counted", 0, 87_000, 17.0), counted("virtual, warmed, counted", 30_000, 1, 2.0)));
        String deopts = shown.get(shown.size() - 2);
        assertTrue(deopts.contains("cold 87,010, of them 87,000 of java.lang.VirtualThread.sleepNanos (87 per 100 wake-ups)")
                && deopts.contains("warmed first 11") && deopts.contains("17.0 µs cold, 2.0 µs warmed")
                && deopts.contains("cost was deoptimization"), deopts);
        assertTrue(!shown.get(3).contains("counted"), "evidence cells are not levers: " + shown.get(3));
        List<String> notShown = MillionNotes.findings(List.of(platform, base,
                counted("virtual, cold, counted", 0, 500, 3.0), counted("virtual, warmed, counted", 30_000, 1, 2.0)));
        String none = notShown.get(notShown.size() - 2);
        assertTrue(none.contains("do not show deoptimization") && !none.contains("cost was"), none);
    }

    @Test
    void theWarmedLeverAndTheCountedEvidenceArePlanned() {
        var plan = new MillionScenario(1_000_000, 100).plan(new dev.loomshowcase.scenario.RunOptions(
                dev.loomshowcase.scenario.RunMode.STANDARD, List.of(2), null, Map.of()));
        var warmed = plan.stream().filter(s -> s.params().containsKey(MillionWorkload.WARM_WAKE_UPS)).toList();
        var counted = plan.stream().filter(s -> s.params().containsKey(MillionWorkload.COUNT_DEOPTS)).toList();
        assertEquals(3, warmed.size(), warmed.toString());
        assertEquals(2, counted.size(), counted.toString());
        assertTrue(counted.stream().allMatch(s -> s.param("count").equals("100000")), counted.toString());
        assertTrue(warmed.stream().anyMatch(s -> s.param("count").equals("1000000")), warmed.toString());
    }

    @Test
    void everyVirtualVariantGetsALabelOfItsOwn() {
        var plan = new MillionScenario(1000, 100).plan(new dev.loomshowcase.scenario.RunOptions(
                dev.loomshowcase.scenario.RunMode.QUICK, List.of(2), null, Map.of()));
        List<String> labels = plan.stream().filter(s -> s.model() == ThreadModel.VIRTUAL)
                .map(s -> MillionScenario.labelled(new CellResult(s.model(), s.carriers(), Stats.of(1, 1, 1), null, null, null,
                        Verdict.INCONCLUSIVE, "test", null, Map.of("variant", s.params().getOrDefault("variant", "")))).label())
                .toList();
        assertEquals(labels.size(), labels.stream().distinct().count(), labels.toString());
    }
}
