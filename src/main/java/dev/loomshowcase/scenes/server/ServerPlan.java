package dev.loomshowcase.scenes.server;

import dev.loomshowcase.scenario.RunMode;
import java.time.Duration;
import java.util.List;

/**
 * The {@code server} scenario's in-flight ladder: which client counts C, and for each the downstream
 * delay W, warm-up and windows.
 *
 * <p>What a thread-per-request model caps is L, the requests in flight (L = λW), not the rate. So each
 * level chooses W long enough that the rate it offers, C / W, costs at most {@link #CPU_SHARE} of the
 * cores at {@link #PLANNED_CPU_MS_PER_REQUEST} (server, stubs and load generator together, measured
 * here; every cell reports the figure it measured, so a wrong plan shows). The highest level is set
 * by the open-files limit: each request in flight holds about four sockets.
 */
final class ServerPlan {

    /** The ladder before the open-files limit: quick runs stop at 1000. */
    static final List<Integer> LADDER = List.of(10, 100, 1000, 4000);
    static final int QUICK_TOP = 1000;
    /** CPU per request of all three processes together, from this machine (see README), ms. */
    static final double PLANNED_CPU_MS_PER_REQUEST = 3.0;
    /** Share of the cores the offered rate may take, so that the CPU never sets the result. */
    static final double CPU_SHARE = 0.5;
    /** Windows per cell, so the spread between them is real. */
    static final int WINDOWS = 3;
    /** Windows per cell in the main job, which reads one level only and must stay within about three minutes. */
    static final int MAIN_JOB_WINDOWS = 2;

    private ServerPlan() {
    }

    /**
     * True when a pool of P threads cannot be the best platform rival at a level: by Little's law it answers at
     * most P / W, below the share of the level's bound C / W from which a server keeps up, which a thread per
     * request (no cap) can reach. The main job leaves such a pool out; the scenario alone measures it.
     */
    static boolean poolCannotLead(java.util.Map<String, String> params) {
        double pool = Double.parseDouble(params.get("poolThreads"));
        double clients = Double.parseDouble(params.get("concurrency"));
        return pool < dev.loomshowcase.engine.Bands.KEEPS_UP * clients;
    }

    /** The levels this mode measures, those whose sockets fit {@code maxClients}. */
    static List<Integer> levels(RunMode mode, int maxClients) {
        return LADDER.stream()
                .filter(c -> mode != RunMode.QUICK || c <= QUICK_TOP)
                .filter(c -> c <= maxClients)
                .toList();
    }

    /** W for C clients: the mode's delay, or longer so that C / W fits the CPU budget; a multiple of 100 ms. */
    static int delayMs(int clients, int modeDelayMs, int cores) {
        double budgetPerSecond = CPU_SHARE * cores * 1000 / PLANNED_CPU_MS_PER_REQUEST;
        double needed = 1000.0 * clients / budgetPerSecond;
        return (int) Math.max(modeDelayMs, Math.ceil(needed / 100) * 100);
    }

    /**
     * Load before measuring: the clients' first requests spread over one W (the load's ramp-up, so the
     * answers come spread, not in waves), one more W for the requests in flight to settle, and the
     * mode's time for connections and the JIT.
     */
    static Duration warmup(RunMode mode, int delayMs) {
        return warmup(mode, delayMs, false);
    }

    /**
     * As above; in the main job without the mode's extra time: its one level reads only windows that start
     * once the answer rate has settled (the load generator waits for that), so a settled start is kept.
     */
    static Duration warmup(RunMode mode, int delayMs, boolean mainJob) {
        Duration base = mainJob ? Duration.ZERO : mode == RunMode.QUICK ? Duration.ofSeconds(2) : Duration.ofSeconds(4);
        return base.plusMillis(2L * delayMs);
    }

    /** One window: the mode's length, and at least 1.5 W so several requests complete per client. */
    static Duration window(RunMode mode, int delayMs) {
        Duration base = mode == RunMode.QUICK ? Duration.ofMillis(1500)
                : mode == RunMode.THOROUGH ? Duration.ofSeconds(20) : Duration.ofSeconds(8);
        return base.compareTo(Duration.ofMillis(delayMs * 3L / 2)) >= 0 ? base : Duration.ofMillis(delayMs * 3L / 2);
    }
}
