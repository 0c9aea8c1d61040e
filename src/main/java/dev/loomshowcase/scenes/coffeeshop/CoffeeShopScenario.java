package dev.loomshowcase.scenes.coffeeshop;

import dev.loomshowcase.scenario.Cells;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scene;
import dev.loomshowcase.scenes.timeline.TimelineScenario;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.observe.PhaseEvent;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The seed's coffee shop: one barista and three machines, then three baristas.
 *
 * <p>Hypothesis (seed): one barista who does not stand idle while a machine runs makes progress on
 * all three orders (concurrency); three baristas work literally at the same time (parallelism).
 * Here: one barista is one carrier (virtual threads at parallelism 1); while the espresso machine
 * runs, the barista takes order 2. Because the orders are mostly waiting for machines, one such
 * barista finishes about as soon as three baristas (three platform threads), and both far sooner
 * than a barista who stands by each machine until it beeps (sequential). More baristas would help
 * only if taking and finishing orders, the CPU part, were the bottleneck.
 *
 * <p>Run it alone: {@code scripts/showcase coffee-shop --quick}, or from an IDE {@code dev.loomshowcase.cli.Main}
 * with the program arguments {@code coffee-shop --quick};
 * the seed's program itself is {@code dev.loomshowcase.scenes.coffeeshop.CoffeeShop}'s {@code main}.
 */
public final class CoffeeShopScenario implements Scene {

    @Override
    public String name() {
        return CoffeeShopWorkload.NAME;
    }

    @Override
    public String title() {
        return "coffee shop: one barista and three machines, then three baristas";
    }

    @Override
    public String hypothesis() {
        return CoffeeShop.HYPOTHESIS;
    }

    @Override
    public boolean needsStubs() {
        return true;
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        boolean quick = options.mode() == RunMode.QUICK;
        Map<String, String> params = Map.of("stubs", options.stubs().toString(),
                "handlingMs", options.params().getOrDefault("handlingMs", quick ? "15" : "40"));
        // Quick mode too measures enough repetitions for a verdict (one has no range to tell a difference from noise).
        int reps = Math.min(3, options.mode().repetitions());
        int warmups = 1;
        return List.of(
                new CellSpec(name(), ThreadModel.SEQUENTIAL, 1, warmups, reps, params),
                new CellSpec(name(), ThreadModel.VIRTUAL, 1, warmups, reps, params),
                new CellSpec(name(), ThreadModel.PLATFORM_POOL, 3, warmups, reps, params));
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        return Duration.ofSeconds(30 + 10L * (spec.warmups() + spec.repetitions()));
    }

    @Override
    public String picture(ScenarioResult result) {
        StringBuilder out = new StringBuilder();
        for (CellResult cell : result.cells()) {
            if (cell.wallMs() == null) {
                continue;
            }
            List<PhaseEvent> events = TimelineScenario.events(cell);
            out.append('\n').append(String.format(Locale.ROOT, "== %s: %s ==%n", who(cell), cell.label()));
            out.append(CoffeeShopPicture.render(events));
            out.append("  ").append(overlapSentence(CoffeeShopPicture.takenWhileMachineRan(events))).append('\n');
        }
        out.append('\n').append(comparison(result.cells())).append('\n');
        return out.toString();
    }

    static String who(CellResult cell) {
        return switch (cell.model()) {
            case SEQUENTIAL -> "one barista who waits by each machine";
            case VIRTUAL -> "one barista (" + cell.carriers() + " carrier), never idle while machines run";
            default -> cell.carriers() + " baristas (" + cell.carriers() + " platform threads)";
        };
    }

    /** What the log proves, computed from it. */
    static String overlapSentence(Optional<CoffeeShopPicture.Overlap> overlap) {
        return overlap.map(o -> String.format(Locale.ROOT,
                        "=> concurrency: Barista %s took order %d at %.0f ms while the %s machine ran (%.0f..%.0f ms).",
                        o.barista(), o.taken(), o.takenAtMs(), CoffeeShopPicture.machine(o.running()), o.machineFromMs(), o.machineToMs()))
                .orElse("=> no barista took an order while one of their machines ran.");
    }

    /** The three totals side by side, and what they say. */
    static String comparison(List<CellResult> cells) {
        Optional<CellResult> waiting = Cells.measured(cells, ThreadModel.SEQUENTIAL, 1);
        Optional<CellResult> one = Cells.measured(cells, ThreadModel.VIRTUAL, 1);
        Optional<CellResult> three = Cells.measured(cells, ThreadModel.PLATFORM_POOL, 3);
        if (waiting.isEmpty() || one.isEmpty() || three.isEmpty()) {
            return "Totals: not every cell was measured; no comparison.";
        }
        double w = waiting.get().wallMs().median();
        double o = one.get().wallMs().median();
        double t = three.get().wallMs().median();
        return String.format(Locale.ROOT,
                "Totals: waiting barista %.0f ms | one concurrent barista %.0f ms | three baristas %.0f ms.%n"
                        + "One concurrent barista needed %.2fx the time of three baristas, and %.2fx that of the waiting one.",
                w, o, t, o / t, o / w);
    }
}
