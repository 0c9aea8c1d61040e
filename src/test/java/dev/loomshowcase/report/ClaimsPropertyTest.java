package dev.loomshowcase.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loomshowcase.engine.Analysis;
import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.Ceiling;
import dev.loomshowcase.engine.CellMain;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ChildReport;
import dev.loomshowcase.engine.Environment;
import dev.loomshowcase.engine.Json;
import dev.loomshowcase.engine.Rounds;
import dev.loomshowcase.engine.Sample;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.VerdictRule;
import dev.loomshowcase.scenario.MatrixRow;
import dev.loomshowcase.scenes.SceneRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A generator of scenario results across the whole space (speedups at and around every band's edge,
 * failed cells, single repetitions, 1 and N carriers on 1 core, other processes' load, baselines slower
 * and faster than the ceiling allows, rounds across an edge): every claim the report prints must hold
 * when re-read from its own JSON, and every matrix reason and "Said plainly" line must be a claim.
 */
class ClaimsPropertyTest {

    private static final List<MatrixRow> ROWS = SceneRegistry.matrix();
    private static final double[] SPEEDUPS = {0.5, 0.9, VerdictRule.DEFAULT.hurtsAt(), 0.92, 1.0, 1.09, Bands.FASTER, 1.11,
            1.5, 1.99, Bands.MUCH_FASTER, 2.01, 2.1, 2.2, 3.0, 90};
    private static final double[] SHARES = {0.02, 0.49, Bands.BUSY, 0.51, 0.62, 0.9, 1.0, Bands.BEYOND_CARRIERS, 1.31, 2.0};
    private static final double[] SPREADS = {0, 0.001, 0.01, 0.05, 0.2, 0.6};
    private static final int[] REPETITIONS = {1, 2, 3, 5};
    private static final double[] OTHERS = {0, 0.19, 0.2, 1.5};

    @Test
    void everyPrintedClaimHoldsAcrossTheSpace() {
        Random random = new Random(21);
        int claims = 0;
        for (int trial = 0; trial < 600; trial++) {
            Map<String, ScenarioResult> results = new LinkedHashMap<>();
            for (String scenario : List.of("fetch-all", "calculate-all", "mixed", "coordination")) {
                results.put(scenario, scenario(scenario, random));
            }
            VerdictReport report = ReportAssembly.assemble("QUICK", ROWS, results, Map.of(), 1.0)
                    .withLoad(new MachineLoad(0.5, 0.5, 2, 0.5, pick(OTHERS, random)));
            JsonNode json = Json.mapper().valueToTree(report);
            ClaimCheck.Result result = ClaimCheck.check(json);
            if (!result.allHold()) {
                fail("trial " + trial + ": " + result.failures() + "\n" + MatrixRenderer.render(report));
            }
            claims += result.claims();
            everyReasonAndNoteIsAClaim(report, trial);
        }
        assertTrue(claims > 600 * 8, "claims checked: " + claims);
    }

    /** The engine's own reason under each cell holds its verdict's and its words' evidence, without replacement. */
    @Test
    void everyCellReasonTheEngineWritesHoldsItsEvidence() {
        Random random = new Random(2121);
        java.util.Set<String> broken = new java.util.TreeSet<>();
        for (int trial = 0; trial < 600; trial++) {
            ScenarioResult s = scenario("calculate-all", random);
            for (int j = 0; j < s.cells().size(); j++) {
                CellEvidence e = CellClaims.evidence(s, 0, j);
                var cell = e.cell();
                if (cell.speedup() == null || cell.verdict() == dev.loomshowcase.engine.Verdict.BASELINE) {
                    continue;
                }
                var claim = new dev.loomshowcase.engine.Claim(cell.reason(), CellClaims.evidence(e));
                if (!claim.holds()) {
                    broken.add(cell.verdict().id() + ": " + cell.reason().replaceAll("[0-9.]+", "N") + " <- "
                            + claim.evidence().stream().filter(x -> !x.holds()).map(x -> x.describe()).toList());
                }
            }
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    private static void everyReasonAndNoteIsAClaim(VerdictReport report, int trial) {
        report.matrix().forEach((row, cells) -> List.of(cells.single(), cells.multi()).forEach(cell -> {
            if (!cell.claims().isEmpty()) {
                assertEquals(cell.reason(), cell.claims().getFirst().text(), "trial " + trial + " " + row);
                assertEquals(cell.comment(), cell.claims().getLast().text(), "trial " + trial + " " + row);
                assertTrue(cell.verdict().equals("inconclusive") || !cell.reason().startsWith("no verdict"),
                        "trial " + trial + " " + row + ": a " + cell.verdict() + " cell with no sentence to support it: "
                                + cell.detail());
            } else {
                assertTrue(cell.speedup() == null, "trial " + trial + " " + row + ": a measured cell without claims");
            }
        }));
        List<String> said = report.saidPlainly().stream().map(dev.loomshowcase.engine.Claim::text).toList();
        report.notes().stream().filter(n -> !n.startsWith("FAILED"))
                .forEach(n -> assertTrue(said.contains(n), "trial " + trial + ": note is not a claim: " + n));
    }

    /** A baseline and virtual cells on 1 and 2 carriers (sometimes on 1 core), sometimes a failed one. */
    private static ScenarioResult scenario(String name, Random random) {
        List<CellOutcome> outcomes = new ArrayList<>();
        int reps = pick(REPETITIONS, random);
        double base = 100 + random.nextInt(3000);
        List<Double> baseRounds = rounds(base, random);
        outcomes.add(outcome(name, ThreadModel.SEQUENTIAL, 1, 1, base, reps, pick(SPREADS, random), pick(SHARES, random), baseRounds));
        int cores = random.nextInt(4) == 0 ? 1 : 2;
        for (int carriers : new int[] {1, 2}) {
            if (random.nextInt(12) == 0) {
                outcomes.add(CellOutcome.failed(new CellSpec(name, ThreadModel.VIRTUAL, carriers, 0, 1, Map.of()), "boom"));
                continue;
            }
            double speedup = pick(SPEEDUPS, random) * (random.nextBoolean() ? 1 : 1 + (random.nextDouble() - 0.5) * 0.002);
            int r = random.nextInt(5) == 0 ? 1 : pick(REPETITIONS, random);
            List<Double> mine = baseRounds == null ? null : baseRounds.stream().map(b -> b / speedup * (0.9 + 0.2 * random.nextDouble())).toList();
            outcomes.add(outcome(name, ThreadModel.VIRTUAL, carriers, cores, base / speedup, r, pick(SPREADS, random),
                    pick(SHARES, random), mine));
        }
        outcomes.add(outcome(name, ThreadModel.PLATFORM_POOL, 2, cores, base / 1.5, 3, 0.05, 0.3, null));
        boolean ceiling = random.nextBoolean();
        var cells = Analysis.analyse(outcomes, VerdictRule.DEFAULT,
                spec -> ceiling ? Optional.of(new Ceiling(Math.min(spec.carriers(), cores), "the cores")) : Optional.empty());
        return new ScenarioResult(name, name, "", "quick", Environment.current(), cells, List.of());
    }

    private static List<Double> rounds(double base, Random random) {
        return random.nextInt(3) == 0 ? List.of(base, base * (0.9 + 0.2 * random.nextDouble()), base * (0.9 + 0.2 * random.nextDouble())) : null;
    }

    private static CellOutcome outcome(String name, ThreadModel model, int carriers, int cores, double median, int reps,
                                       double spread, double share, List<Double> roundMedians) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            double wall = reps == 1 ? median : median * (1 + spread * ((double) i / (reps - 1) - 0.5));
            samples.add(new Sample((long) (wall * 1e6), (long) (wall * 1e6 * share * Math.min(carriers, cores))));
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put(CellMain.CORES, cores);
        if (roundMedians != null) {
            extras.put(Rounds.ROUND_MEDIANS, roundMedians);
        }
        return CellOutcome.measured(new CellSpec(name, model, carriers, 0, 1, Map.of()), new ChildReport(samples, carriers, extras));
    }

    private static double pick(double[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static int pick(int[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
