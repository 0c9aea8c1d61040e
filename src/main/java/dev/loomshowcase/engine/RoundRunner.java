package dev.loomshowcase.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The loop of {@link CellRunner#runInRounds}: round r runs fork r of every cell that has more than r
 * forks, in the order {@link Rounds} draws for it; after the planned rounds, each cell whose per-round
 * speedups its {@link RoundPolicy} does not call settled gets one more round, together with its
 * baseline (a round's speedup pairs the two fresh JVMs), while the policy affords it.
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
    private final RoundPolicy policy;
    private final RoundTally tally;
    private final boolean[] reported;
    private final Duration[] lastFork;
    private int finishedCells;
    private int forksStarted;
    private int forksTotal;

    RoundRunner(List<CellSpec> specs, ToIntFunction<CellSpec> forks, RoundPolicy policy) {
        this.specs = List.copyOf(specs);
        this.wanted = specs.stream().mapToInt(s -> Math.max(1, forks.applyAsInt(s))).toArray();
        this.planned = java.util.Arrays.stream(wanted).max().orElse(0);
        this.policy = policy;
        this.tally = new RoundTally(specs);
        this.reported = new boolean[specs.size()];
        this.lastFork = new Duration[specs.size()];
        this.forksTotal = java.util.Arrays.stream(wanted).sum();
    }

    List<CellOutcome> run(Function<CellSpec, Duration> timeouts, CellRunner.Progress progress, Rounds rounds, Fork fork)
            throws InterruptedException {
        for (int round = 0; round < planned; round++) {
            runRound(round, due(round), timeouts, progress, rounds, fork);
        }
        runExtraRounds(timeouts, progress, rounds, fork);
        for (int i = 0; i < specs.size(); i++) {
            report(i, progress);
        }
        return tally.outcomes();
    }

    /** After the planned rounds: one more round of the unsettled cells and their baselines, while the policy affords it. */
    private void runExtraRounds(Function<CellSpec, Duration> timeouts, CellRunner.Progress progress, Rounds rounds, Fork fork)
            throws InterruptedException {
        Map<Integer, String> firstWhy = new LinkedHashMap<>();
        Duration spent = Duration.ZERO;
        int extra = 0;
        for (Map<Integer, String> unsettled = unsettled(); !unsettled.isEmpty(); unsettled = unsettled()) {
            List<Integer> due = withBaselines(unsettled.keySet());
            Duration next = due.stream().map(i -> lastFork[i] == null ? Duration.ZERO : lastFork[i]).reduce(Duration.ZERO, Duration::plus);
            if (!policy.affords(extra, spent, next)) {
                String budget = policy.budgetText();
                unsettled.forEach((i, why) -> tally.why(i, firstWhy.containsKey(i)
                        ? whyText(i, firstWhy.get(i)) + "; still unsettled when " + budget + " ran out: " + why
                        : tally.rounds(i) + " rounds as planned, none more: " + budget + " had no room; " + why));
                return;
            }
            unsettled.forEach(firstWhy::putIfAbsent);
            long start = System.nanoTime();
            runRound(planned + extra, due, timeouts, progress, rounds, fork);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            spent = spent.plus(took);
            policy.spent(took);
            extra++;
            for (int i : due) {
                tally.why(i, whyText(i, firstWhy.get(i)));
            }
        }
    }

    /** "5 rounds: 3 planned, 2 more because its rounds gave ..." or "... as the baseline of virtual@1". */
    private String whyText(int i, String why) {
        String because = why != null ? why : "as the baseline of " + String.join(", ", dependents(i));
        return tally.rounds(i) + " rounds: " + wanted[i] + " planned, " + (tally.rounds(i) - wanted[i]) + " more, " + because;
    }

    private List<String> dependents(int baseline) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            if (i != baseline && tally.baselineOf(i) == baseline && tally.rounds(i) > wanted[i]) {
                labels.add(specs.get(i).label());
            }
        }
        return labels;
    }

    /** The multi-fork cells the policy wants measured again, each with its reason. */
    private Map<Integer, String> unsettled() {
        Map<Integer, String> unsettled = new LinkedHashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            if (wanted[i] > 1 && !tally.failed(i)) {
                Optional<String> why = policy.wantsMore(tally.speedups(i));
                if (why.isPresent()) {
                    unsettled.put(i, why.get());
                }
            }
        }
        return unsettled;
    }

    private List<Integer> withBaselines(java.util.Set<Integer> cells) {
        TreeSet<Integer> due = new TreeSet<>(cells);
        cells.forEach(i -> due.add(tally.baselineOf(i)));
        due.remove(-1);
        return List.copyOf(due);
    }

    private void runRound(int round, List<Integer> due, Function<CellSpec, Duration> timeouts, CellRunner.Progress progress,
                          Rounds rounds, Fork fork) throws InterruptedException {
        if (round >= planned) {
            forksTotal += due.size();
        }
        for (int i : rounds.order(due, round)) {
            CellSpec spec = specs.get(i);
            progress.started(spec, forksStarted++, Math.max(forksTotal, forksStarted));
            long start = System.nanoTime();
            try {
                tally.add(i, fork.run(spec, timeouts.apply(spec)));
            } catch (ChildJvmException e) {
                tally.fail(i, "child JVM " + e.getMessage());
            }
            lastFork[i] = Duration.ofNanos(System.nanoTime() - start);
            if (tally.failed(i) || last(i, round)) {
                report(i, progress);
            }
        }
    }

    /** The cells planned round {@code round} measures: those that want that many forks. */
    private List<Integer> due(int round) {
        List<Integer> due = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            if (!tally.failed(i) && round < wanted[i]) {
                due.add(i);
            }
        }
        return due;
    }

    /** True when no later round can measure cell {@code i} again. */
    private boolean last(int i, int round) {
        boolean extraPossible = policy.extraRounds() > 0 && planned > 1 && wanted[i] > 1;
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
