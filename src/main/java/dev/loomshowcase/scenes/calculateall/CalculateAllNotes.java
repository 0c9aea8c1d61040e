package dev.loomshowcase.scenes.calculateall;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.scenario.Cells;
import dev.loomshowcase.scenario.CpuContention;
import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The observations under calculateAll's table, each computed from the measured cells: what one call
 * cost, what one carrier gave, how close N carriers came to their bound, and whether the missing
 * time-slicing of virtual threads showed (named only when the numbers show it).
 */
final class CalculateAllNotes {

    private static final int TASKS = CalculateAllWorkload.TASKS;

    private CalculateAllNotes() {
    }

    static List<String> of(List<CellResult> cells, int cores) {
        Optional<CellResult> sequential = Cells.measured(cells, ThreadModel.SEQUENTIAL);
        if (sequential.isEmpty()) {
            return List.of("No sequential baseline was measured: no speedups to explain.");
        }
        double perCall = sequential.get().wallMs().median() / TASKS;
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "n = %s (%s); one call took ~%.0f ms here (sequential / 3).",
                sequential.get().extras().get("n"), sequential.get().extras().get("nSource"), perCall));
        Cells.measured(cells, ThreadModel.VIRTUAL, 1).ifPresent(v1 -> notes.add(oneCarrier(v1)));
        multiCarrierCounts(cells).forEach(n -> bound(cells, n, cores).ifPresent(notes::add));
        timeSlicing(cells, cores, perCall).ifPresent(notes::add);
        notes.addAll(CpuContention.warnings(cells, cores));
        return notes;
    }

    static String oneCarrier(CellResult v1) {
        if (v1.verdict() == Verdict.NO_EFFECT) {
            double busy = v1.cpuShare() == null ? Double.NaN : v1.cpuShare();
            return busy >= Bands.BUSY
                    ? String.format(Locale.ROOT, "On 1 carrier virtual threads gave %.2fx (no-effect): the three calls "
                            + "kept their one carrier busy (%d%%); concurrency without parallelism cannot shorten CPU work.",
                            v1.speedup(), Math.round(busy * 100))
                    : String.format(Locale.ROOT, "On 1 carrier virtual threads gave %.2fx (no-effect), with the carrier "
                            + "busy only %d%%: the calls did not keep it computing, so this run does not show why; "
                            + "rerun with --thorough.", v1.speedup(), Math.round(busy * 100));
        }
        if (v1.verdict() == Verdict.INCONCLUSIVE) {
            return String.format(Locale.ROOT, "On 1 carrier virtual threads gave %.2fx, too noisy for a verdict (%s); "
                    + "rerun with --thorough.", v1.speedup(), v1.reason());
        }
        return String.format(Locale.ROOT, "On 1 carrier virtual threads gave %.2fx (%s), not the no-effect expected of "
                + "CPU work on one carrier; other load on the machine is the likely cause, rerun with --thorough.",
                v1.speedup(), v1.verdict().id());
    }

    private static List<Integer> multiCarrierCounts(List<CellResult> cells) {
        return cells.stream()
                .filter(c -> c.model() == ThreadModel.VIRTUAL || c.model() == ThreadModel.PLATFORM_POOL)
                .map(CellResult::carriers).filter(n -> n > 1).distinct().sorted().toList();
    }

    /** How the best cell at {@code carriers} compares with what the cores and the rounds allow. */
    static Optional<String> bound(List<CellResult> cells, int carriers, int cores) {
        Optional<CellResult> best = cells.stream()
                .filter(c -> c.carriers() == carriers && c.speedup() != null)
                .filter(c -> c.model() == ThreadModel.VIRTUAL || c.model() == ThreadModel.PLATFORM_POOL)
                .max(Comparator.comparingDouble(CellResult::speedup));
        if (best.isEmpty()) {
            return Optional.empty();
        }
        int bound = Math.min(Math.min(carriers, cores), TASKS);
        if (carriers >= TASKS) {
            return Optional.of(String.format(Locale.ROOT, "With %d carriers the best speedup was %.2fx (%s), bounded by "
                            + "min(carriers %d, cores %d, tasks %d) = %dx: each of the 3 tasks had a carrier%s.",
                    carriers, best.get().speedup(), best.get().label(), carriers, cores, TASKS, bound,
                    cores < TASKS ? ", and the OS time-sliced those carriers over the " + cores + " core(s)" : ""));
        }
        double roundsIdeal = TASKS / (double) roundsWithoutSlicing(Math.min(carriers, cores));
        return Optional.of(String.format(Locale.ROOT, "With %d carriers the best speedup was %.2fx (%s), bounded by "
                        + "min(carriers %d, cores %d, tasks %d) = %dx; 3 equal tasks run to completion one per carrier "
                        + "allow at most %.2fx (%d rounds).",
                carriers, best.get().speedup(), best.get().label(), carriers, cores, TASKS, bound, roundsIdeal,
                roundsWithoutSlicing(Math.min(carriers, cores))));
    }

    /** Rounds of one call that 3 tasks need when each runs to completion on one of {@code carriers}. */
    static int roundsWithoutSlicing(int carriers) {
        return (TASKS + carriers - 1) / carriers;
    }

    /**
     * Compares virtual threads on all cores with one OS thread per task. Named as seen only when
     * virtual is slower by {@link Bands#CLEARLY_APART} and both cells got comparable CPU; otherwise the
     * note says it did not show, or that this run cannot tell.
     */
    static Optional<String> timeSlicing(List<CellResult> cells, int cores, double perCall) {
        Optional<CellResult> virtual = Cells.measured(cells, ThreadModel.VIRTUAL, cores);
        Optional<CellResult> perTask = Cells.measured(cells, ThreadModel.PLATFORM_PER_TASK);
        if (virtual.isEmpty() || perTask.isEmpty() || cores < 2 || TASKS % cores == 0 || cores > TASKS) {
            return Optional.empty();
        }
        double v = virtual.get().wallMs().median();
        double p = perTask.get().wallMs().median();
        double ratio = v / p;
        String rounds = String.format(Locale.ROOT, "%s took %.1f rounds of one call, platform-per-task %.1f "
                + "(wall ratio %.2f)", virtual.get().label(), v / perCall, p / perCall, ratio);
        String caution = CpuContention.unequalCpu(virtual.get(), perTask.get());
        if (!caution.isEmpty()) {
            return Optional.of("Cannot tell in this run: " + rounds + "." + caution);
        }
        double virtualRounds = v / perCall;
        if (ratio >= Bands.CLEARLY_APART && virtualRounds > roundsWithoutSlicing(cores) * Bands.CLEARLY_APART) {
            return Optional.of(String.format(Locale.ROOT, "Cannot tell in this run: %s. Waiting for a free carrier "
                    + "explains %d rounds at most, so something else (other load) stretched %s.", rounds,
                    roundsWithoutSlicing(cores), virtual.get().label()));
        }
        if (ratio >= Bands.CLEARLY_APART) {
            return Optional.of("Seen here: " + rounds + ". Virtual threads are not time-sliced: each runs to "
                    + "completion on its carrier, so the third task waited for a free one; the OS time-sliced "
                    + "3 threads over " + cores + " cores and finished them together.");
        }
        return Optional.of("Not seen in this run: " + rounds + ". On an idle machine expect "
                + roundsWithoutSlicing(cores) + " rounds vs " + String.format(Locale.ROOT, "%.1f", (double) TASKS / cores)
                + " (virtual threads are not time-sliced, OS threads are); other load on the cores can even them out.");
    }
}
