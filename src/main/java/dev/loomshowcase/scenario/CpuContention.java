package dev.loomshowcase.scenario;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Warnings that other processes competed for the cores, for the CPU-bound scenarios: their cells
 * should keep their carriers busy, so a sequential baseline that got well under one core means the
 * verdicts measured the neighbours as much as the work. (Other programs' CPU, measured apart from the
 * showcase's own, is reported by the scenario runner.)
 */
public final class CpuContention {

    private CpuContention() {
    }

    public static List<String> warnings(List<CellResult> cells, int cores) {
        List<String> warnings = new ArrayList<>();
        Cells.measured(cells, ThreadModel.SEQUENTIAL).flatMap(CpuContention::starvedBaseline).ifPresent(warnings::add);
        return warnings;
    }

    public static Optional<String> starvedBaseline(CellResult sequential) {
        if (sequential.cpuShare() == null || sequential.cpuShare() >= Bands.STARVED) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "CPU contention: the sequential baseline, pure CPU work, was "
                + "busy only %.0f%% of its time: other processes took the rest, so speedups and verdicts of this run "
                + "are unreliable; rerun on a quieter machine.", sequential.cpuShare() * 100));
    }

    /** A caveat when two cells kept their carriers busy to very different degrees: the gap is then not the work alone. */
    public static String unequalCpu(CellResult a, CellResult b) {
        if (a.cpuShare() == null || b.cpuShare() == null) {
            return "";
        }
        double high = Math.max(a.cpuShare(), b.cpuShare());
        double low = Math.max(1e-9, Math.min(a.cpuShare(), b.cpuShare()));
        if (high / low < Bands.UNEQUAL_CPU) {
            return "";
        }
        return String.format(Locale.ROOT, " Caution: the two kept their carriers busy to very different degrees "
                + "(%.0f%% vs %.0f%%): cores sat idle in one of them, from the model's own waiting (thread start-ups, "
                + "locks) or from other load on the machine, and the gap mixes both.",
                a.cpuShare() * 100, b.cpuShare() * 100);
    }
}
