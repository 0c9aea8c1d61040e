package dev.loomshowcase.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The loop of {@link CellRunner#runInRounds}: round r runs fork r of every cell that has more than r
 * forks, in the order {@link Rounds} draws for it; after the planned rounds, while some cell's
 * per-round speedup moves by more than {@link Bands#HOLDS_WITHIN}, up to {@code extraRounds} more.
 *
 * <p>What {@link CellRunner.Progress} hears: {@code started} once per child JVM, counted over every
 * fork of the scenario ({@code [7/18]}, the total growing when an extra round is added), so the count
 * moves with every JVM; {@code finished} once per cell, as soon as no later round can measure it
 * again (a single-fork cell right after its run, a failed one at once, a multi-fork one after its
 * last planned round, or at the end when extra rounds may still come), with the count of cells
 * finished so far. Cells finish in any order: a listener must not expect the baseline first.
 */
final class RoundRunner {

    /** Runs one fork of a cell in a child JVM. */
    interface Fork {
        ChildReport run(CellSpec spec, Duration timeout) throws ChildJvmException, InterruptedException;
    }

    private final List<CellSpec> specs;
    private final int[] wanted;
    private final int planned;
    private final int extraRounds;
    private final RoundTally tally;
    private final boolean[] reported;
    private int finishedCells;
    private int forksStarted;
    private int forksTotal;

    RoundRunner(List<CellSpec> specs, ToIntFunction<CellSpec> forks, int extraRounds) {
        this.specs = List.copyOf(specs);
        this.wanted = specs.stream().mapToInt(s -> Math.max(1, forks.applyAsInt(s))).toArray();
        this.planned = java.util.Arrays.stream(wanted).max().orElse(0);
        this.extraRounds = extraRounds;
        this.tally = new RoundTally(specs);
        this.reported = new boolean[specs.size()];
        this.forksTotal = java.util.Arrays.stream(wanted).sum();
    }

    List<CellOutcome> run(Function<CellSpec, Duration> timeouts, CellRunner.Progress progress, Rounds rounds, Fork fork)
            throws InterruptedException {
        for (int round = 0; continues(round); round++) {
            List<Integer> due = due(round);
            if (round >= planned) {
                forksTotal += due.size();
            }
            for (int i : rounds.order(due, round)) {
                CellSpec spec = specs.get(i);
                progress.started(spec, forksStarted++, Math.max(forksTotal, forksStarted));
                try {
                    tally.add(i, fork.run(spec, timeouts.apply(spec)));
                } catch (ChildJvmException e) {
                    tally.fail(i, "child JVM " + e.getMessage());
                }
                if (tally.failed(i) || last(i, round)) {
                    report(i, progress);
                }
            }
        }
        for (int i = 0; i < specs.size(); i++) {
            report(i, progress);
        }
        return tally.outcomes();
    }

    /** True while round {@code round} is planned, or an extra one is allowed and some speedup still moves. */
    private boolean continues(int round) {
        return round < planned || (round < planned + extraRounds && planned > 1 && !tally.holds());
    }

    /** The cells round {@code round} measures: those that want that many forks, and in extra rounds every multi-fork cell. */
    private List<Integer> due(int round) {
        List<Integer> due = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            if (!tally.failed(i) && (round < wanted[i] || (round >= planned && wanted[i] > 1))) {
                due.add(i);
            }
        }
        return due;
    }

    /** True when no later round can measure cell {@code i} again. */
    private boolean last(int i, int round) {
        boolean extraPossible = extraRounds > 0 && planned > 1 && wanted[i] > 1;
        return round == wanted[i] - 1 && !extraPossible;
    }

    private void report(int i, CellRunner.Progress progress) {
        if (reported[i]) {
            return;
        }
        reported[i] = true;
        progress.finished(tally.outcome(i), finishedCells++, specs.size());
    }
}
