package dev.loomshowcase.report;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.scenes.fetchall.FetchAllWorkload;
import dev.loomshowcase.scenes.pool.PoolWorkload;
import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.scenes.pool.PoolNotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the rivals evaluators compare against add to the matrix, as notes computed from the cells:
 * async code beside virtual threads where both only wait (fetch-all), and the connection pool that
 * caps virtual threads as it caps platform threads (pool).
 */
final class RivalNotes {

    private RivalNotes() {
    }

    static List<String> of(Map<String, ScenarioResult> results) {
        List<String> notes = new ArrayList<>();
        Optional.ofNullable(results.get(FetchAllWorkload.NAME)).flatMap(r -> asyncBesideVirtual(r.cells())).ifPresent(notes::add);
        Optional.ofNullable(results.get(PoolWorkload.NAME)).flatMap(r -> pool(r.cells())).ifPresent(notes::add);
        return notes;
    }

    /** async@1 against virtual@1 over the same sequential baseline. */
    static Optional<String> asyncBesideVirtual(List<CellResult> cells) {
        Optional<CellResult> async = measured(cells, ThreadModel.ASYNC, 1);
        Optional<CellResult> virtual = measured(cells, ThreadModel.VIRTUAL, 1);
        if (async.isEmpty() || virtual.isEmpty()) {
            return Optional.empty();
        }
        double a = async.get().speedup();
        double v = virtual.get().speedup();
        String figures = String.format(Locale.ROOT, "I/O-bound, async rival: CompletableFuture code on one thread %.2fx, "
                + "virtual threads on one carrier %.2fx over sequential", a, v);
        return Optional.of(Math.max(a / v, v / a) < Bands.FASTER
                ? figures + ": a tie" + bothOverlapped(async.get(), virtual.get())
                        + "; they differ in the code, its stack traces and its cancellation (README)."
                : figures + String.format(Locale.ROOT, ": not a tie here (%.2f apart), re-run before reading much into it.", a / v));
    }

    /** ", both overlapped the waits (CPU ...)" when both sped up while mostly waiting; else what was seen. */
    static String bothOverlapped(CellResult async, CellResult virtual) {
        String cpu = String.format(Locale.ROOT, "CPU %d%% and %d%%", Math.round(share(async) * 100), Math.round(share(virtual) * 100));
        boolean waiting = share(async) < Bands.BUSY && share(virtual) < Bands.BUSY;
        boolean faster = async.speedup() >= Bands.FASTER && virtual.speedup() >= Bands.FASTER;
        return waiting && faster ? ", both overlapped the waits (" + cpu + ")"
                : ", but " + (faster ? "not mostly waiting (" + cpu + ")" : "neither clearly faster than sequential");
    }

    private static double share(CellResult cell) {
        return cell.cpuShare() == null ? Double.NaN : cell.cpuShare();
    }

    /** The pool scenario's finding: which cap held, virtual threads against the platform pool. */
    static Optional<String> pool(List<CellResult> cells) {
        Optional<CellResult> pool = cells.stream().filter(c -> c.model() == ThreadModel.PLATFORM_POOL && c.wallMs() != null).findFirst();
        Optional<CellResult> virtual = cells.stream()
                .filter(c -> c.model() == ThreadModel.VIRTUAL && c.wallMs() != null && !c.extras().containsKey("case")).findFirst();
        if (pool.isEmpty() || virtual.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Connection pool: " + PoolNotes.threadCap(pool.get(), virtual.get()));
    }

    private static Optional<CellResult> measured(List<CellResult> cells, ThreadModel model, int carriers) {
        return cells.stream()
                .filter(c -> c.model() == model && c.carriers() == carriers && c.speedup() != null && c.wallMs() != null)
                .findFirst();
    }
}
