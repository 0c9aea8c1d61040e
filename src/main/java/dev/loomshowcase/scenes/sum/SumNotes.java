package dev.loomshowcase.scenes.sum;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.scenario.Cells;
import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The observations under the sum sweep, computed from the cells: for each slice count and carrier
 * count, the crossover size (the smallest size from which splitting helps at every larger size
 * measured) and what splitting costs per sum below it.
 */
final class SumNotes {

    private SumNotes() {
    }

    static List<String> of(List<CellResult> cells) {
        List<String> notes = new ArrayList<>();
        notes.add("Per-sum time (perSumUs) = a repetition's wall time / the sums it repeats; each size is judged "
                + "against its own sequential cell. Sub-millisecond numbers are rough here: scripts/jmh measures them properly.");
        cells.stream().filter(c -> c.model() != ThreadModel.SEQUENTIAL)
                .map(c -> List.of(intExtra(c, "parts"), c.carriers())).distinct()
                .forEach(combo -> notes.add(crossover(cells, combo.get(0), combo.get(1))));
        cells.stream().filter(c -> c.cpuShare() != null && c.cpuShare() > Bands.BEYOND_CARRIERS).findFirst()
                .ifPresent(c -> notes.add(beyondCarriers(c)));
        return notes;
    }

    static String beyondCarriers(CellResult cell) {
        return String.format(Locale.ROOT, "%s used %.0f%% of its carriers' time in CPU: the process also worked outside "
                + "the carriers: most likely the JIT compiler still busy with the fork/join path during its "
                + "repetitions (GC and other JVM threads count too), so its times include that work.",
                cell.label(), cell.cpuShare() * 100);
    }

    /** The crossover note for one slice count on one carrier count. */
    static String crossover(List<CellResult> cells, int parts, int carriers) {
        List<CellResult> split = cells.stream()
                .filter(c -> c.model() != ThreadModel.SEQUENTIAL && intExtra(c, "parts") == parts && c.carriers() == carriers)
                .filter(c -> c.speedup() != null)
                .sorted(Comparator.comparingInt(c -> intExtra(c, "size")))
                .toList();
        String what = String.format(Locale.ROOT, "Splitting in %d on %d carrier%s", parts, carriers, carriers == 1 ? "" : "s");
        if (split.isEmpty()) {
            return what + ": no cell measured.";
        }
        Optional<CellResult> from = crossoverCell(split);
        CellResult smallest = split.getFirst();
        if (from.isEmpty()) {
            CellResult best = split.stream().max(Comparator.comparingDouble(CellResult::speedup)).orElseThrow();
            return String.format(Locale.ROOT, "%s did not pay at any size up to %s (best %.2fx at %s); at %s it costs %s.",
                    what, sizeLabel(intExtra(split.getLast(), "size")), best.speedup(), sizeLabel(intExtra(best, "size")),
                    sizeLabel(intExtra(smallest, "size")), cost(cells, smallest));
        }
        String pays = String.format(Locale.ROOT, "%s pays from %s elements here (%.2fx, %s)", what,
                sizeLabel(intExtra(from.get(), "size")), from.get().speedup(), perSum(cells, from.get()));
        if (from.get() == smallest) {
            return pays + ", at every size measured.";
        }
        return pays + String.format(Locale.ROOT, "; below it, at %s, it costs %s.", sizeLabel(intExtra(smallest, "size")),
                cost(cells, smallest));
    }

    /** The smallest-size cell from which every larger size helps too. */
    static Optional<CellResult> crossoverCell(List<CellResult> bySize) {
        Optional<CellResult> from = Optional.empty();
        for (int i = bySize.size() - 1; i >= 0 && bySize.get(i).verdict() == Verdict.HELPS; i--) {
            from = Optional.of(bySize.get(i));
        }
        return from;
    }

    private static String cost(List<CellResult> cells, CellResult split) {
        Optional<Double> sequential = sequentialPerSum(cells, intExtra(split, "size"));
        double mine = perSumUs(split);
        if (sequential.isEmpty()) {
            return String.format(Locale.ROOT, "%.2f us per sum (%.2fx)", mine, split.speedup());
        }
        return String.format(Locale.ROOT, "%+.2f us per sum (%.2f vs %.2f us sequential, %.2fx)",
                mine - sequential.get(), mine, sequential.get(), split.speedup());
    }

    private static String perSum(List<CellResult> cells, CellResult split) {
        return String.format(Locale.ROOT, "%.1f vs %.1f us per sum", perSumUs(split),
                sequentialPerSum(cells, intExtra(split, "size")).orElse(Double.NaN));
    }

    private static Optional<Double> sequentialPerSum(List<CellResult> cells, int size) {
        return Cells.measured(cells.stream().filter(c -> intExtra(c, "size") == size).toList(), ThreadModel.SEQUENTIAL)
                .map(SumNotes::perSumUs);
    }

    private static double perSumUs(CellResult cell) {
        return cell.extras().get("perSumUs") instanceof Stats s ? s.median() : Double.NaN;
    }

    static int intExtra(CellResult cell, String name) {
        return cell.extras().get(name) instanceof Number n ? n.intValue() : -1;
    }

    /** 1000 -> "1e3"; other sizes as they are. */
    static String sizeLabel(int size) {
        int exponent = 0;
        long value = size;
        while (value >= 10 && value % 10 == 0) {
            value /= 10;
            exponent++;
        }
        return value == 1 ? "1e" + exponent : Integer.toString(size);
    }
}
