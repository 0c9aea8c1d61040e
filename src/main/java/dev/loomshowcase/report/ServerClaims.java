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
 * The server row's reason and comment as claims. Its speedup is not sequential time over virtual-thread
 * time: it is the virtual-thread server's requests/s over the best platform rival's at the same load.
 */
final class ServerClaims {

    private ServerClaims() {
    }

    static Claim reason(CellEvidence e) {
        double helpsAt = CellEvidence.RULE.helpsAt();
        double hurtsAt = CellEvidence.RULE.hurtsAt();
        List<Claim> candidates = new ArrayList<>();
        if (e.has("throughput") && e.has("littleBound")) {
            double ofBound = e.number("throughput") / e.number("littleBound");
            String little = String.format(Locale.ROOT, "%.0f%% of Little", 100 * ofBound);
            var keepsUp = e.ratioOf("share of Little's bound (throughput / littleBound)", "throughput", "littleBound",
                    Op.GE, Bands.KEEPS_UP);
            var behind = e.ratioOf("share of Little's bound (throughput / littleBound)", "throughput", "littleBound",
                    Op.LT, Bands.KEEPS_UP);
            candidates.add(Claim.of("keeps up: " + little, e.speedup(Op.GE, helpsAt), keepsUp));
            candidates.add(Claim.of("ahead of rival, " + little, e.speedup(Op.GE, helpsAt), behind));
            candidates.add(Claim.of("same as rival, " + little, e.speedup(Op.GT, hurtsAt), e.speedup(Op.LT, helpsAt)));
        }
        if (e.has("concurrency") && e.has("platformThreads")) {
            candidates.add(1, Claim.of("pool had a thread per client", e.speedup(Op.GT, hurtsAt), e.speedup(Op.LT, helpsAt),
                    e.ratioOf("clients per pool thread", "concurrency", "platformThreads", Op.LE, 1)));
        }
        candidates.add(Claim.of("slower than the best platform rival", e.speedup(Op.LE, hurtsAt)));
        candidates.add(Claim.of("no verdict at " + Units.speedup(e.cell().speedup()), e.speedup(Op.GT, 0)));
        if (e.cell().verdict() == dev.loomshowcase.engine.Verdict.INCONCLUSIVE) {
            return candidates.getLast();
        }
        return Claim.firstHolding(candidates).orElseThrow();
    }

    /** Which seed row the server row tests, and what its speedup divides. */
    static Claim comment(CellEvidence e, SeedPrediction ioRow) {
        String text = String.format(Locale.ROOT, "the seed has no server row: this row tests its I/O-bound row (%s) "
                        + "under load; speedup = requests/s of the virtual-thread server / the %s server%s = %s",
                Marks.seed(ioRow), e.baseline() != null ? e.baseline().model().id() : "best platform", e.has("concurrency") ? String.format(Locale.ROOT, " at %.0f clients", e.number("concurrency")) : "",
                Units.speedup(e.cell().speedup()));
        Claim claim = Claim.of(text, e.speedup(Op.GT, 0));
        if (e.baseline() != null && e.base() != null && e.has("throughput")
                && e.baseline().extras().get("throughput") instanceof Number pool && pool.doubleValue() > 0) {
            // the division the text names, re-done from both servers' requests/s: verify checks it equals the value
            return claim.and(dev.loomshowcase.engine.Claim.Evidence.ratio(
                    "requests/s of the virtual-thread server / the " + e.baseline().model().id() + " server", e.at() + "/throughput",
                    e.base() + "/throughput", e.number("throughput") / pool.doubleValue(), Op.GT, 0));
        }
        return claim;
    }
}
