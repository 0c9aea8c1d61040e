package dev.loomshowcase.report;

import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Claim;
import dev.loomshowcase.engine.Claim.Evidence;
import dev.loomshowcase.engine.Claim.Op;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.scenes.fetchall.FetchAllWorkload;
import dev.loomshowcase.scenes.pool.PoolNotes;
import dev.loomshowcase.scenes.pool.PoolWorkload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RivalNotes}' sentences as claims: each carries the comparisons its wording took, pointing at the
 * cells' numbers in the report.
 */
final class RivalClaims {

    private RivalClaims() {
    }

    static List<Claim> of(Map<String, ScenarioResult> results, Pointers pointers) {
        List<Claim> claims = new ArrayList<>();
        Optional.ofNullable(results.get(FetchAllWorkload.NAME)).flatMap(r -> async(r.cells(), pointers)).ifPresent(claims::add);
        Optional.ofNullable(results.get(PoolWorkload.NAME)).flatMap(r -> pool(r.cells(), pointers)).ifPresent(claims::add);
        return claims;
    }

    static Optional<Claim> async(List<CellResult> cells, Pointers pointers) {
        Optional<String> text = RivalNotes.asyncBesideVirtual(cells);
        Optional<CellResult> async = measured(cells, ThreadModel.ASYNC);
        Optional<CellResult> virtual = measured(cells, ThreadModel.VIRTUAL);
        if (text.isEmpty() || async.isEmpty() || virtual.isEmpty()) {
            return Optional.empty();
        }
        String a = pointers.of(async.get()).orElse("/unknown");
        String v = pointers.of(virtual.get()).orElse("/unknown");
        double as = async.get().speedup();
        double vs = virtual.get().speedup();
        List<Evidence> evidence = new ArrayList<>();
        double ratio = as / vs;
        if (Math.max(ratio, 1 / ratio) < Bands.FASTER) {
            evidence.add(Evidence.ratio("async speedup / virtual speedup", a + "/speedup", v + "/speedup", ratio, Op.LT, Bands.FASTER));
            evidence.add(Evidence.ratio("async speedup / virtual speedup", a + "/speedup", v + "/speedup", ratio, Op.GT, 1 / Bands.FASTER));
            double shareA = async.get().cpuShare();
            double shareV = virtual.get().cpuShare();
            boolean faster = as >= Bands.FASTER && vs >= Bands.FASTER;
            if (faster) {
                evidence.add(Evidence.at("async speedup", a + "/speedup", as, Op.GE, Bands.FASTER));
                evidence.add(Evidence.at("virtual speedup", v + "/speedup", vs, Op.GE, Bands.FASTER));
                boolean waiting = shareA < Bands.BUSY && shareV < Bands.BUSY;
                if (waiting) {
                    evidence.add(Evidence.at("async CPU share", a + "/cpuShare", shareA, Op.LT, Bands.BUSY));
                    evidence.add(Evidence.at("virtual CPU share", v + "/cpuShare", shareV, Op.LT, Bands.BUSY));
                } else {
                    evidence.add(shareA >= Bands.BUSY ? Evidence.at("async CPU share", a + "/cpuShare", shareA, Op.GE, Bands.BUSY)
                            : Evidence.at("virtual CPU share", v + "/cpuShare", shareV, Op.GE, Bands.BUSY));
                }
            } else {
                evidence.add(as < Bands.FASTER ? Evidence.at("async speedup", a + "/speedup", as, Op.LT, Bands.FASTER)
                        : Evidence.at("virtual speedup", v + "/speedup", vs, Op.LT, Bands.FASTER));
            }
        } else {
            evidence.add(ratio >= Bands.FASTER
                    ? Evidence.ratio("async speedup / virtual speedup", a + "/speedup", v + "/speedup", ratio, Op.GE, Bands.FASTER)
                    : Evidence.ratio("async speedup / virtual speedup", a + "/speedup", v + "/speedup", ratio, Op.LE, 1 / Bands.FASTER));
        }
        return Optional.of(new Claim(text.get(), evidence));
    }

    static Optional<Claim> pool(List<CellResult> cells, Pointers pointers) {
        Optional<CellResult> pool = cells.stream().filter(c -> c.model() == ThreadModel.PLATFORM_POOL && c.wallMs() != null).findFirst();
        Optional<CellResult> virtual = cells.stream()
                .filter(c -> c.model() == ThreadModel.VIRTUAL && c.wallMs() != null && !c.extras().containsKey("case")).findFirst();
        if (pool.isEmpty() || virtual.isEmpty()) {
            return Optional.empty();
        }
        String text = "Connection pool: " + PoolNotes.threadCap(pool.get(), virtual.get());
        String p = pointers.of(pool.get()).orElse("/unknown");
        String v = pointers.of(virtual.get()).orElse("/unknown");
        double ratio = number(virtual.get(), "throughput") / number(pool.get(), "throughput");
        double reached = number(virtual.get(), "throughput") / number(virtual.get(), "littleBound");
        Evidence share = Evidence.ratio("virtual throughput / the connections' bound", v + "/throughput", v + "/littleBound",
                reached, reached >= Bands.KEEPS_UP ? Op.GE : Op.LT, Bands.KEEPS_UP);
        String name = "virtual throughput / pool throughput";
        List<Evidence> evidence = new ArrayList<>(List.of(share));
        if (Math.max(ratio, 1 / ratio) < Bands.FASTER) {
            evidence.add(Evidence.ratio(name, v + "/throughput", p + "/throughput", ratio, Op.LT, Bands.FASTER));
            evidence.add(Evidence.ratio(name, v + "/throughput", p + "/throughput", ratio, Op.GT, 1 / Bands.FASTER));
        } else if (reached >= Bands.KEEPS_UP) {
            evidence.add(ratio >= Bands.FASTER ? Evidence.ratio(name, v + "/throughput", p + "/throughput", ratio, Op.GE, Bands.FASTER)
                    : Evidence.ratio(name, v + "/throughput", p + "/throughput", ratio, Op.LE, 1 / Bands.FASTER));
        }
        return Optional.of(new Claim(text, evidence));
    }

    private static double number(CellResult cell, String key) {
        return cell.extras().get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static Optional<CellResult> measured(List<CellResult> cells, ThreadModel model) {
        return cells.stream()
                .filter(c -> c.model() == model && c.carriers() == 1 && c.speedup() != null && c.wallMs() != null)
                .findFirst();
    }
}
