package dev.loomshowcase.scenes.coordination;

import dev.loomshowcase.scenario.Cells;
import dev.loomshowcase.scenario.MatrixRow;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenario.SeedPrediction;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The seed's "coordination-heavy" row: pairs of tasks that hand a value to each other thousands of
 * times, doing only a few nanoseconds of work between two hand-offs.
 *
 * <p>Hypothesis (seed): slower on one core and slower on many, because synchronisation dominates.
 * Here: the sequential cell does the same steps on one thread without handing anything over. Each
 * hand-off through a {@code SynchronousQueue} parks one thread and wakes another: on one carrier
 * that is a virtual-thread switch per step, on several it is a cross-core wake-up, and both cost far
 * more than the work. Virtual threads make a switch cheaper than an OS thread does (compare
 * platform-per-task), but cheaper than no switch at all they cannot be. Concurrency would win here
 * only if the work between hand-offs grew far beyond the cost of one.
 *
 * <p>Run it alone: {@code scripts/showcase coordination --quick}, or from an IDE {@code dev.loomshowcase.cli.Main}
 * with the program arguments {@code coordination --quick}.
 */
public final class CoordinationScenario implements Scenario {

    static final int DEFAULT_PAIRS = 2;
    /** Round trips per pair at the seed's scale; quick runs scale it down with the mode. */
    static final int HANDOFFS = 500_000;
    /** Mixing steps per hand-off: about a hundred nanoseconds of real work. */
    static final int DEFAULT_WORK = 50;

    @Override
    public String name() {
        return CoordinationWorkload.NAME;
    }

    @Override
    public String title() {
        return "coordination: task pairs hand a value back and forth via SynchronousQueue, little work between";
    }

    @Override
    public String hypothesis() {
        return Coordination.HYPOTHESIS;
    }

    /** The seed's decision matrix, row {@code coordination}: what the seed predicts on one carrier and on many. */
    @Override
    public Optional<MatrixRow> matrixRow() {
        return Optional.of(new MatrixRow(name(), "Coordination", name(),
                SeedPrediction.doesNotHelp("Slower"), SeedPrediction.doesNotHelp("Slower"), "Synchronization overhead dominates"));
    }

    @Override
    public boolean needsStubs() {
        return false;
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        RunMode mode = options.mode();
        Map<String, String> params = Map.of(
                "pairs", options.params().getOrDefault("pairs", Integer.toString(DEFAULT_PAIRS)),
                "handoffs", options.params().getOrDefault("handoffs",
                        Long.toString(Math.max(1, Math.round(HANDOFFS * mode.delayScale())))),
                "work", options.params().getOrDefault("work", Integer.toString(DEFAULT_WORK)));
        List<CellSpec> cells = new ArrayList<>();
        int reps = Math.max(1, (mode.repetitions() + ROUNDS - 1) / ROUNDS);
        cells.add(new CellSpec(name(), ThreadModel.SEQUENTIAL, 1, mode.warmups(), reps, params));
        for (int carriers : options.carriers()) {
            cells.add(new CellSpec(name(), ThreadModel.VIRTUAL, carriers, mode.warmups(), reps, params));
        }
        if (!options.inMainJob()) { // the matrix reads the virtual cells; OS threads handing off are this scenario's own story
            int most = Collections.max(options.carriers());
            cells.add(new CellSpec(name(), ThreadModel.PLATFORM_PER_TASK, most, mode.warmups(), reps, params));
        }
        return cells;
    }

    /** Rounds (child JVMs) per cell, the mode's repetitions spread over them. */
    static final int ROUNDS = 3;

    /**
     * Each cell in {@value #ROUNDS} rounds, interleaved with the others: five main-job runs here gave
     * coordination@2 between 0.43x and 0.86x, so one JVM per cell cannot say how far to trust a
     * speedup; the rounds show the band it moved in (and add rounds while it moves more than 10%).
     */
    @Override
    public int forks(CellSpec spec) {
        return ROUNDS;
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        return Duration.ofSeconds(60 + 20L * (spec.warmups() + spec.repetitions()));
    }

    @Override
    public List<String> notes(List<CellResult> cells, RunOptions options) {
        Optional<CellResult> sequential = Cells.measured(cells, ThreadModel.SEQUENTIAL);
        if (sequential.isEmpty()) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        for (CellResult cell : cells) {
            Object handoffs = cell.extras().get("handoffs");
            if (cell.model() != ThreadModel.SEQUENTIAL && cell.wallMs() != null && handoffs instanceof Number n) {
                double extraNs = (cell.wallMs().median() - sequential.get().wallMs().median()) * 1e6 / n.doubleValue();
                notes.add(String.format(Locale.ROOT, "%s: each of %d hand-offs cost ~%.0f ns more than doing the step in place.",
                        cell.label(), n.longValue(), extraNs));
            }
        }
        return notes;
    }
}
