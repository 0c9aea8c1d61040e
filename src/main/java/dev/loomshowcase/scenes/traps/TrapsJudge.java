package dev.loomshowcase.scenes.traps;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellMain;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Ceiling;
import dev.loomshowcase.engine.Units;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import static dev.loomshowcase.scenes.traps.TrapFinding.Verdict.HOLDS;
import static dev.loomshowcase.scenes.traps.TrapFinding.Verdict.INCONCLUSIVE;
import static dev.loomshowcase.scenes.traps.TrapFinding.Verdict.MYTH;

/**
 * Turns the traps' measured cells into verdicts. Pure functions of the cells, so each rule is
 * tested with made-up cells; the thresholds are the engine's ({@link Bands}).
 */
public final class TrapsJudge {

    /** Below this many cores busy at once, CPU work did not run in parallel. */
    private static final double NOT_PARALLEL = Bands.PARALLEL;
    /** Within this factor of sequential (either way), concurrency brought no gain. */
    private static final double NO_GAIN = Bands.FASTER;

    private TrapsJudge() {
    }

    /**
     * Trap 1: "virtual threads mean parallel", tested with CPU work on 1 carrier. Judged by how many
     * cores the cell kept busy at once (process CPU time / wall time, measured inside the one JVM),
     * which other programs' load cannot fake the way it can skew a speedup between two JVMs.
     */
    static TrapFinding virtualMeansParallel(Optional<CellResult> oneCarrier, Optional<CellResult> cores) {
        String claim = "Virtual threads mean my code runs in parallel.";
        String experiment = "CPU-bound tasks, one virtual thread each, on 1 carrier and on all cores: "
                + "how many cores were busy at once (CPU time / wall time)?";
        if (oneCarrier.isEmpty() || oneCarrier.get().cpuMs() == null) {
            return missing(claim, experiment);
        }
        double busy1 = coresBusy(oneCarrier.get());
        String measured = String.format(Locale.ROOT, "virtual@1 kept %.2f cores busy, speedup %s; %s", busy1,
                speedup(oneCarrier.get()), cores.map(c -> String.format(Locale.ROOT, "%s kept %.2f cores busy, speedup %s",
                        c.label(), coresBusy(c), speedup(c))).orElse("multi-carrier cell not measured"));
        if (busy1 < NOT_PARALLEL) {
            Optional<CellResult> control = cores.filter(c -> c.cpuMs() != null);
            if (control.isPresent() && coresBusy(control.get()) >= NOT_PARALLEL) {
                return new TrapFinding(claim, experiment, measured, MYTH, String.format(Locale.ROOT,
                        "on 1 carrier, 100 virtual threads kept %.2f cores busy: concurrent, not parallel; parallelism "
                                + "came only with more carriers (%s: %.2f cores).", busy1, control.get().label(),
                        coresBusy(control.get())));
            }
            return new TrapFinding(claim, experiment, measured, INCONCLUSIVE, String.format(Locale.ROOT,
                    "on 1 carrier the work kept %.2f cores busy, but the control %s: this run showed no parallelism "
                            + "at all, so it cannot tell whether virtual threads lack it.", busy1,
                    control.map(c -> String.format(Locale.ROOT, "%s kept only %.2f cores busy", c.label(), coresBusy(c)))
                            .orElse("(all cores) was not measured")));
        }
        return new TrapFinding(claim, experiment, measured, INCONCLUSIVE, String.format(Locale.ROOT,
                "on 1 carrier the process kept %.2f cores busy: one carrier runs one virtual thread at a time, so the "
                        + "rest can only be the JVM's own threads (JIT, GC); this run cannot judge the claim.", busy1));
    }

    /** Cores kept busy at once: the cell's process CPU time over its wall time (medians). */
    static double coresBusy(CellResult cell) {
        return cell.cpuMs().median() / cell.wallMs().median();
    }

    /** Trap 2: "concurrency always improves performance", tested with tiny tasks on 1 carrier. */
    static TrapFinding concurrencyAlwaysHelps(Optional<CellResult> tinyConcurrent) {
        String claim = "Concurrency always improves performance.";
        String experiment = "Thousands of tiny tasks (a short sum each): one by one vs a virtual thread each, on 1 carrier.";
        return refutedUnlessHelps(claim, experiment, tinyConcurrent,
                c -> "starting and joining a thread per task cost more than the work it ran.");
    }

    /** Trap 3: "parallelism 100 makes it 100x faster", tested with CPU work at parallelism 1, cores and 100. */
    static TrapFinding hundredCarriers(Optional<CellResult> one, Optional<CellResult> cores, Optional<CellResult> hundred, int coreCount) {
        return hundredCarriers(one, cores, hundred, coreCount, coreCount);
    }

    /**
     * Trap 3 when the cells' child JVMs ran on {@code coresRan} cores ({@code --cores}), which may be
     * fewer than the {@code carriersAtCores} of the middle cell (the machine's core count).
     */
    static TrapFinding hundredCarriers(Optional<CellResult> one, Optional<CellResult> cores, Optional<CellResult> hundred,
                                       int carriersAtCores, int coresRan) {
        int coreCount = coresRan;
        String claim = "Setting the parallelism (GOMAXPROCS) to 100 makes my program 100x faster.";
        String experiment = "The same CPU-bound tasks on virtual threads at parallelism 1, " + carriersAtCores
                + (carriersAtCores == coresRan ? " (the cores) and 100." : " and 100, on " + coresRan + " core" + (coresRan == 1 ? "" : "s") + ".");
        if (hundred.isEmpty() || hundred.get().speedup() == null) {
            return missing(claim, experiment);
        }
        double s100 = hundred.get().speedup();
        String measured = String.format(Locale.ROOT, "%s; %s; virtual@100 %s",
                one.map(c -> "virtual@1 " + speedup(c)).orElse("virtual@1 not measured"),
                cores.map(c -> c.label() + " " + speedup(c)).orElse("cores cell not measured"), speedup(hundred.get()));
        String coresWord = coreCount + (coreCount == 1 ? " core" : " cores");
        if (new Ceiling(coreCount, coresWord).brokenBy(s100)) {
            return new TrapFinding(claim, experiment, measured, INCONCLUSIVE, String.format(Locale.ROOT,
                    "100 carriers gave %s, more than %s can give: the baseline was disturbed; rerun.",
                    Units.speedup(s100), coresWord));
        }
        if (s100 >= Bands.NEAR_HUNDRED) {
            return new TrapFinding(claim, experiment, measured, HOLDS, String.format(Locale.ROOT, "100 carriers gave %s, "
                    + "within what %s allow.", Units.speedup(s100), coresWord));
        }
        Optional<CellResult> control = cores.filter(c -> c.speedup() != null);
        if (control.isPresent() && s100 <= control.get().speedup() * NO_GAIN) {
            return new TrapFinding(claim, experiment, measured, MYTH, String.format(Locale.ROOT,
                    "100 carriers gave %s, %s of what %d carriers gave (%s): no faster than the cores; %d core%s run%s "
                            + "only %d thing%s at once, the other carriers take turns.", Units.speedup(s100),
                    Units.speedup(s100 / control.get().speedup()), carriersAtCores, Units.speedup(control.get().speedup()),
                    coreCount, coreCount == 1 ? "" : "s", coreCount == 1 ? "s" : "", coreCount, coreCount == 1 ? "" : "s"));
        }
        return new TrapFinding(claim, experiment, measured, MYTH, String.format(Locale.ROOT,
                "100 carriers gave %s: far from 100x and within what %s allow (%dx)%s.", Units.speedup(s100),
                coresWord, coreCount, control.map(c -> String.format(Locale.ROOT, "; %d carriers gave only %s here, so "
                        + "whether the extra carriers added anything is noise", carriersAtCores, Units.speedup(c.speedup())))
                        .orElse("; the cores cell was not measured to compare with")));
    }

    /** Trap 4: "parallel is always better than sequential", tested with a small sum split across threads. */
    static TrapFinding parallelAlwaysBetter(Optional<CellResult> smallSplit, Optional<CellResult> largeSplit) {
        String claim = "Parallel is always better than sequential.";
        String experiment = "Sum a small array whole on one thread vs split across the cores on new platform threads"
                + (largeSplit.isPresent() ? "; the same with a large array." : ".");
        TrapFinding finding = refutedUnlessHelps(claim, experiment, smallSplit,
                c -> "for this little work, starting threads and joining them cost more than the additions saved.");
        return largeSplit.filter(c -> c.speedup() != null)
                .map(c -> new TrapFinding(finding.claim(), finding.experiment(),
                        finding.measured() + "; large array " + speedup(c), finding.verdict(),
                        finding.why() + " With a large array, splitting gave " + speedup(c) + "."))
                .orElse(finding);
    }

    /**
     * A claim of "always helps" is refuted by a cell that did not help: clearly slower (even its best
     * repetition slower than the typical sequential one) or no faster by the medians. It holds here
     * only when even the cell's worst repetition beat the typical sequential one. Judged on medians and
     * ranges directly, because tiny cells have outliers that make every min..max range overlap.
     */
    static TrapFinding refutedUnlessHelps(String claim, String experiment, Optional<CellResult> cell,
                                          Function<CellResult, String> whyNot) {
        if (cell.isEmpty() || cell.get().speedup() == null) {
            return missing(claim, experiment);
        }
        CellResult c = cell.get();
        double speedup = c.speedup();
        double baselineMedian = c.wallMs().median() * speedup;
        String measured = c.label() + " " + speedup(c) + " vs sequential " + ms(baselineMedian);
        boolean clearlySlower = speedup < 1 / NO_GAIN && c.wallMs().min() >= baselineMedian;
        boolean noGain = speedup >= 1 / NO_GAIN && speedup <= NO_GAIN;
        if (clearlySlower || noGain) {
            return new TrapFinding(claim, experiment, measured, MYTH,
                    String.format(Locale.ROOT, "the threaded version ran at %s the speed of sequential: ", Units.speedup(speedup))
                            + (clearlySlower ? whyNot.apply(c) : String.format(Locale.ROOT,
                            "within %s of it either way, so concurrency gained nothing here.", Units.speedup(NO_GAIN))));
        }
        if (speedup > NO_GAIN && c.wallMs().max() <= baselineMedian) {
            return new TrapFinding(claim, experiment, measured, HOLDS,
                    "here it did help; one case cannot prove 'always', but it cannot refute it either.");
        }
        return new TrapFinding(claim, experiment, measured, INCONCLUSIVE,
                "the repetitions spread too much to tell; re-run with --thorough or on a quieter machine.");
    }

    private static TrapFinding missing(String claim, String experiment) {
        return new TrapFinding(claim, experiment, "a needed cell failed or was not measured", INCONCLUSIVE,
                "nothing to judge.");
    }

    private static String speedup(CellResult cell) {
        return String.format(Locale.ROOT, "%s (%s, range %s)", Units.speedup(cell.speedup()),
                ms(cell.wallMs().median()), Units.range(cell.wallMs().min(), cell.wallMs().max()));
    }

    /** A duration readable at any size: microseconds below 1 ms. */
    static String ms(double millis) {
        return Units.duration(millis);
    }

    /** The four traps, judged in the seed's order. */
    static List<TrapFinding> judgeAll(TrapsScenario.Experiments cells, int cores) {
        Optional<CellResult> hundred = cells.cpu(ThreadModel.VIRTUAL, 100);
        int coresRan = hundred.filter(c -> c.extras().get(CellMain.CORES) instanceof Number)
                .map(c -> ((Number) c.extras().get(CellMain.CORES)).intValue()).orElse(cores);
        return List.of(
                virtualMeansParallel(cells.cpu(ThreadModel.VIRTUAL, 1), cells.cpu(ThreadModel.VIRTUAL, cores)),
                concurrencyAlwaysHelps(cells.tiny(ThreadModel.VIRTUAL, 1)),
                hundredCarriers(cells.cpu(ThreadModel.VIRTUAL, 1), cells.cpu(ThreadModel.VIRTUAL, cores), hundred, cores, coresRan),
                parallelAlwaysBetter(cells.split("small", cores), cells.split("large", cores)));
    }
}
