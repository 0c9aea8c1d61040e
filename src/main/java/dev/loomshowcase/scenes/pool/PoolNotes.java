package dev.loomshowcase.scenes.pool;

import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.ThreadModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static dev.loomshowcase.scenes.server.ServerJudge.nested;
import static dev.loomshowcase.scenes.server.ServerJudge.number;

/**
 * What the pool cells say together, each sentence built from the numbers it cites: which cap held
 * the rate, where the waiting went, what a larger pool changed, and whether the driver pinned.
 */
public final class PoolNotes {

    private PoolNotes() {
    }

    static List<String> notes(List<CellResult> cells) {
        List<String> notes = new ArrayList<>();
        Optional<CellResult> pool = find(cells, ThreadModel.PLATFORM_POOL, false);
        Optional<CellResult> virtual = find(cells, ThreadModel.VIRTUAL, false);
        Optional<CellResult> bounded = find(cells, ThreadModel.VIRTUAL_BOUNDED, false);
        Optional<CellResult> larger = find(cells, ThreadModel.VIRTUAL, true);
        if (pool.isPresent() && virtual.isPresent()) {
            notes.add(threadCap(pool.get(), virtual.get()));
        }
        if (virtual.isPresent() && bounded.isPresent()) {
            notes.add(semaphore(virtual.get(), bounded.get()));
        }
        if (virtual.isPresent() && larger.isPresent()) {
            notes.add(largerPool(virtual.get(), larger.get()));
        }
        cells.stream().filter(c -> c.extras().containsKey("pinnedEvents")).forEach(c -> notes.add(String.format(Locale.ROOT,
                "JFR %s: %s jdk.VirtualThreadPinned event(s) while the driver ran", c.label(), c.extras().get("pinnedEvents"))));
        cells.stream().filter(c -> c.extras().containsKey("database")).findFirst().ifPresent(c -> notes.add(database(c.extras())));
        return notes;
    }

    private static Optional<CellResult> find(List<CellResult> cells, ThreadModel model, boolean larger) {
        return cells.stream()
                .filter(c -> c.error() == null && c.model() == model && c.extras().containsKey("case") == larger)
                .findFirst();
    }

    /** Virtual threads against the platform pool: a tie at the connection cap, or what the numbers show instead. */
    public static String threadCap(CellResult pool, CellResult virtual) {
        Map<String, Object> p = pool.extras();
        Map<String, Object> v = virtual.extras();
        double ratio = number(v, "throughput") / number(p, "throughput");
        double reached = number(v, "throughput") / number(v, "littleBound");
        String figures = String.format(Locale.ROOT, "%.0f virtual threads ran %.0f queries/s, %.0f platform threads %.0f/s "
                        + "(%.2fx), against %.0f connections / %.0f ms = %.0f/s", number(v, "threads"), number(v, "throughput"),
                number(p, "threads"), number(p, "throughput"), ratio, number(v, "connections"), number(v, "queryMs"),
                number(v, "littleBound"));
        if (reached >= Bands.KEEPS_UP && Math.max(ratio, 1 / ratio) < Bands.FASTER) {
            return "Virtual threads remove the thread cap, not the connection cap: " + figures + String.format(Locale.ROOT,
                    "; the waiting moved from the pool's queue into getConnection() (p50 %.1f ms with virtual threads, %.1f ms with the pool).",
                    nested(v, "connectionWaitMs", "p50"), nested(p, "connectionWaitMs", "p50"));
        }
        return "Virtual threads did not simply tie with the pool here: " + figures + String.format(Locale.ROOT,
                " (%.0f%% of the bound); on shared cores, re-run before reading much into it.", 100 * reached);
    }

    /** A semaphore of P in front of the pool: where the wait goes, and the time-outs it avoids. */
    static String semaphore(CellResult virtual, CellResult bounded) {
        Map<String, Object> v = virtual.extras();
        Map<String, Object> b = bounded.extras();
        return String.format(Locale.ROOT, "A semaphore of %.0f in front of the pool: getConnection() waits p99 %.1f ms "
                        + "(vs %.1f ms without), %.0f vs %.0f time-out(s), at %.0f vs %.0f queries/s: the queue moved in front "
                        + "of the pool, where no connection time-out can hit it.", number(b, "threads"),
                nested(b, "connectionWaitMs", "p99"), nested(v, "connectionWaitMs", "p99"), number(b, "connectionTimeouts"),
                number(v, "connectionTimeouts"), number(b, "throughput"), number(v, "throughput"));
    }

    /** The larger pool: whether the cap moved with it, or something else stopped it. */
    static String largerPool(CellResult virtual, CellResult larger) {
        Map<String, Object> v = virtual.extras();
        Map<String, Object> l = larger.extras();
        double gain = number(l, "throughput") / number(v, "throughput");
        double reached = number(l, "throughput") / number(l, "littleBound");
        String figures = String.format(Locale.ROOT, "A pool of %.0f connections: %.0f queries/s, %.2fx the pool of %.0f, "
                        + "%.0f%% of its bound %.0f/s", number(l, "connections"), number(l, "throughput"), gain,
                number(v, "connections"), 100 * reached, number(l, "littleBound"));
        if (reached >= Bands.KEEPS_UP) {
            return figures + ": the cap moved with the pool, so the connections were the limit.";
        }
        return figures + String.format(Locale.ROOT, ": short of its bound, so beyond %.0f connections the pool no longer set "
                + "the rate alone: each query took %.1f ms for a %.0f ms wait (this JVM %.0f%% busy).", number(v, "connections"),
                1000 * number(l, "connections") / number(l, "throughput"), number(l, "queryMs"), 100 * larger.cpuShare());
    }

    static String database(Map<String, Object> e) {
        return Boolean.TRUE.equals(e.get("embedded"))
                ? "Database: " + e.get("database") + ", embedded in each cell's JVM, reached over a TCP socket on 127.0.0.1 "
                        + "(its session threads share that JVM's CPU); each query waits in the database, in a Java function."
                : "Database: " + e.get("database") + " at the URL given (pgjdbc); each query is pg_sleep.";
    }
}
