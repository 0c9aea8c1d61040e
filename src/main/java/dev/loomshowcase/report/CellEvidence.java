package dev.loomshowcase.report;

import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Claim.Evidence;
import dev.loomshowcase.engine.Claim.Op;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.VerdictRule;

import java.util.Optional;

/**
 * The numbers of one report cell (at {@code /scenarios/i/cells/j}) and of its baseline, as evidence a
 * claim can cite: each method compares one measured number, or the ratio of two, with a threshold.
 *
 * @param cell     the cell
 * @param at       its pointer
 * @param baseline the cell it was compared with, when it is in the report
 * @param base     the baseline's pointer, when there is one
 */
record CellEvidence(CellResult cell, String at, CellResult baseline, String base) {

    static final VerdictRule RULE = VerdictRule.DEFAULT;

    Evidence speedup(Op op, double bound) {
        return Evidence.at("speedup", at + "/speedup", cell.speedup(), op, bound);
    }

    Evidence cpuShare(Op op, double bound) {
        return Evidence.at("CPU share", at + "/cpuShare", share(), op, bound);
    }

    /** Cores kept busy at once: the cell's CPU time over its wall time (medians). */
    Evidence coresBusy(Op op, double bound) {
        return Evidence.ratio("cores busy (CPU ms / wall ms)", at + "/cpuMs/median", at + "/wallMs/median", coresBusy(),
                op, bound);
    }

    /** The speedup over the ceiling its scenario states for the cell's work. */
    Evidence overCeiling(Op op, double bound) {
        return Evidence.ratio("speedup / the work's ceiling", at + "/speedup", at + "/ceiling",
                cell.speedup() / number("ceiling"), op, bound);
    }

    Evidence carriers(Op op, double bound) {
        return Evidence.at("carriers", at + "/carriers", cell.carriers(), op, bound);
    }

    /** The fastest speedup its ranges allow: the baseline's slowest repetition over the cell's fastest. */
    Evidence highest(Op op, double bound) {
        return Evidence.ratio("highest speedup the ranges allow (baseline max / cell min)", base + "/wallMs/max",
                at + "/wallMs/min", baseline.wallMs().max() / cell.wallMs().min(), op, bound);
    }

    /** The slowest speedup its ranges allow: the baseline's fastest repetition over the cell's slowest. */
    Evidence lowest(Op op, double bound) {
        return Evidence.ratio("lowest speedup the ranges allow (baseline min / cell max)", base + "/wallMs/min",
                at + "/wallMs/max", baseline.wallMs().min() / cell.wallMs().max(), op, bound);
    }

    /** The lowest ({@code min}) or highest ({@code max}) speedup of the cell's rounds. */
    Evidence band(String which, double value, Op op, double bound) {
        return Evidence.at(("min".equals(which) ? "lowest" : "highest") + " round's speedup", at + "/speedupBand/" + which,
                value, op, bound);
    }

    Evidence repetitions(String who, Stats stats, String pointer, Op op, double bound) {
        return Evidence.at(who + " repetitions", pointer + "/wallMs/n", stats.n(), op, bound);
    }

    Evidence number(String name, String key, Op op, double bound) {
        return Evidence.at(name, at + "/" + Pointers.token(key), number(key), op, bound);
    }

    Evidence ratioOf(String name, String numerator, String denominator, Op op, double bound) {
        return Evidence.ratio(name, at + "/" + Pointers.token(numerator), at + "/" + Pointers.token(denominator),
                number(numerator) / number(denominator), op, bound);
    }

    boolean hasBaseline() {
        return baseline != null && base != null && baseline.wallMs() != null && cell.wallMs() != null;
    }

    boolean has(String key) {
        return cell.extras().get(key) instanceof Number;
    }

    double number(String key) {
        return cell.extras().get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    double share() {
        return cell.cpuShare() == null ? Double.NaN : cell.cpuShare();
    }

    double coresBusy() {
        return cell.cpuMs() == null || cell.wallMs() == null ? Double.NaN : cell.cpuMs().median() / cell.wallMs().median();
    }

    /** The speedup band between rounds, when the cell was measured in several. */
    Optional<double[]> band() {
        if (cell.extras().get("speedupBand") instanceof dev.loomshowcase.engine.SpeedupBand b) {
            return Optional.of(new double[] {b.min(), b.max()});
        }
        if (cell.extras().get("speedupBand") instanceof java.util.Map<?, ?> m
                && m.get("min") instanceof Number min && m.get("max") instanceof Number max) {
            return Optional.of(new double[] {min.doubleValue(), max.doubleValue()});
        }
        return Optional.empty();
    }

    static double busyBound() {
        return Bands.BUSY;
    }
}
