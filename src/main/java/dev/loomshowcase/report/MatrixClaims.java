package dev.loomshowcase.report;

import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.Claim;
import dev.loomshowcase.engine.Claim.Op;
import dev.loomshowcase.engine.Units;
import dev.loomshowcase.scenario.SeedPrediction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A matrix cell's reason and its agreement with the seed, as claims: each candidate sentence carries
 * the comparisons it rests on, and the first whose comparisons hold is the one printed. A cause is
 * named only beside the number that shows it: no matrix row counts context switches, so none says
 * "switching cost more".
 */
final class MatrixClaims {

    private MatrixClaims() {
    }

    /** The reason in a few words (at most 31 characters, the matrix's column). */
    static Claim reason(CellEvidence e) {
        double helpsAt = CellEvidence.RULE.helpsAt();
        double hurtsAt = CellEvidence.RULE.hurtsAt();
        String cpu = String.format(Locale.ROOT, "CPU %d%%", Math.round(e.share() * 100));
        String busy = String.format(Locale.ROOT, "%.1f cores busy", e.coresBusy());
        List<Claim> candidates = new ArrayList<>();
        if (e.cell().verdict() == dev.loomshowcase.engine.Verdict.INCONCLUSIVE) {
            candidates.addAll(inconclusive(e));
        }
        if (e.hasBaseline()) {
            var faster = e.lowest(Op.GT, 1);
            candidates.add(Claim.of("waits overlap (" + cpu + ")", e.speedup(Op.GE, helpsAt), faster,
                    e.cpuShare(Op.LT, Bands.BUSY)));
            Claim parallel = Claim.of("parallel: " + busy, e.speedup(Op.GE, helpsAt), faster,
                    e.cpuShare(Op.GE, Bands.BUSY), e.carriers(Op.GT, 1), e.coresBusy(Op.GE, Bands.PARALLEL));
            candidates.add(e.has("cores") ? parallel.and(e.number("cores the cell ran on", "cores", Op.GT, 1)) : parallel);
            candidates.add(Claim.of("not parallel: " + busy, e.speedup(Op.GE, helpsAt), faster,
                    e.cpuShare(Op.GE, Bands.BUSY), e.coresBusy(Op.LT, Bands.PARALLEL)));
            candidates.add(Claim.of("faster; " + cpu + " has JIT, GC", e.speedup(Op.GE, helpsAt), faster,
                    e.carriers(Op.LE, 1), e.coresBusy(Op.GE, Bands.PARALLEL)));
            if (e.has("cores")) {
                candidates.add(Claim.of("faster; 1 core: not parallel", e.speedup(Op.GE, helpsAt), faster,
                        e.number("cores the cell ran on", "cores", Op.LE, 1)));
            }
            candidates.add(Claim.of("CPU-bound (" + cpu + "): no gain", e.speedup(Op.GT, hurtsAt),
                    e.speedup(Op.LT, helpsAt), e.cpuShare(Op.GE, Bands.BUSY)));
            candidates.add(Claim.of("waits did not overlap (" + cpu + ")", e.speedup(Op.GT, hurtsAt),
                    e.speedup(Op.LT, helpsAt), e.cpuShare(Op.LT, Bands.BUSY)));
            var slower = e.highest(Op.LT, 1);
            candidates.add(Claim.of("slower, carriers busy: " + cpu, e.speedup(Op.LE, hurtsAt), slower,
                    e.cpuShare(Op.GE, Bands.BUSY)));
            candidates.add(Claim.of("slower while waiting (" + cpu + ")", e.speedup(Op.LE, hurtsAt), slower,
                    e.cpuShare(Op.LT, Bands.BUSY)));
        }
        candidates.addAll(inconclusive(e));
        candidates.add(Claim.of("no verdict at " + Units.speedup(e.cell().speedup()), e.speedup(Op.GT, 0)));
        return Claim.firstHolding(candidates).orElseThrow();
    }

    /** Why a cell has no verdict, most specific first: a disturbed baseline, rounds across an edge, one repetition, overlap. */
    static List<Claim> inconclusive(CellEvidence e) {
        double helpsAt = CellEvidence.RULE.helpsAt();
        double hurtsAt = CellEvidence.RULE.hurtsAt();
        List<Claim> why = new ArrayList<>();
        if (e.has(CEILING)) {
            why.add(Claim.of(String.format(Locale.ROOT, "above the %s ceiling: rerun", Units.speedup(e.number(CEILING))),
                    e.overCeiling(Op.GT, Bands.CEILING_SLACK)));
        }
        e.band().ifPresent(b -> {
            for (double edge : new double[] {helpsAt, hurtsAt}) {
                why.add(Claim.of("rounds crossed " + Units.speedup(edge) + ": rerun",
                        e.band("min", b[0], Op.LT, edge), e.band("max", b[1], Op.GE, edge)));
            }
        });
        if (e.hasBaseline()) {
            why.add(Claim.of("one repetition: no range", e.speedup(Op.GE, helpsAt),
                    e.repetitions("cell", e.cell().wallMs(), e.at(), Op.LE, 1)));
            why.add(Claim.of("one repetition: no range", e.speedup(Op.LE, hurtsAt),
                    e.repetitions("cell", e.cell().wallMs(), e.at(), Op.LE, 1)));
            for (Op side : new Op[] {Op.GE, Op.LE}) {
                why.add(Claim.of("one repetition: no range", e.speedup(side, side == Op.GE ? helpsAt : hurtsAt),
                        e.repetitions("baseline", e.baseline().wallMs(), e.base(), Op.LE, 1)));
            }
            why.add(Claim.of("ranges overlap: rerun", e.speedup(Op.GE, helpsAt), e.lowest(Op.LE, 1)));
            why.add(Claim.of("ranges overlap: rerun", e.speedup(Op.LE, hurtsAt), e.highest(Op.GE, 1)));
        }
        return why;
    }

    /** The extra a cell carries when its scenario states a ceiling for it (see {@code Analysis}). */
    static final String CEILING = "ceiling";

    /** The seed's words as a band of speedups, with the cut-off this showcase reads into them. */
    record SeedBand(String words, double cut, boolean above) {

        static SeedBand of(SeedPrediction seed) {
            String w = seed.words().toLowerCase(Locale.ROOT);
            if (w.startsWith("much faster")) {
                return new SeedBand(seed.words(), Bands.MUCH_FASTER, true);
            }
            if (w.contains("faster") && !w.contains("same or")) {
                return new SeedBand(seed.words(), Bands.FASTER, true);
            }
            if (w.startsWith("slower")) {
                return new SeedBand(seed.words(), CellEvidence.RULE.hurtsAt(), false);
            }
            return new SeedBand(seed.words(), Bands.FASTER, false);
        }

        String range() {
            return (above ? "at least " : w().startsWith("slower") ? "at most " : "below ") + Units.speedup(cut);
        }

        private String w() {
            return words.toLowerCase(Locale.ROOT);
        }

        /** Agrees when the whole speedup range lies in the seed's band. */
        Claim agrees(CellEvidence e, String text) {
            if (above) {
                return Claim.of(text, e.lowest(Op.GE, cut));
            }
            return w().startsWith("slower") ? Claim.of(text, e.highest(Op.LE, cut)) : Claim.of(text, e.highest(Op.LT, cut));
        }

        /** Disagrees when the whole speedup range lies outside it. */
        Claim disagrees(CellEvidence e, String text) {
            if (above) {
                return Claim.of(text, e.highest(Op.LT, cut));
            }
            return w().startsWith("slower") ? Claim.of(text, e.lowest(Op.GT, cut)) : Claim.of(text, e.lowest(Op.GE, cut));
        }

        /** At the edge when the range straddles the cut-off. */
        Claim edge(CellEvidence e, String text) {
            return Claim.of(text, e.lowest(Op.LT, cut), e.highest(Op.GE, cut));
        }

        /** Where the cut-off comes from: the seed gives words, the number is the showcase's. */
        String whose() {
            return String.format(Locale.ROOT, "the seed says only \"%s\"; %s is this showcase's own cut-off", words, range());
        }
    }
}
