package dev.loomshowcase.scenes.pool;

import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.observe.PinningMonitor;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The connection pool: N tasks, each one query that waits W in a real database, through a HikariCP
 * pool of P connections.
 *
 * <p>Hypothesis: Little's law caps the rate at min(N, P) / W whatever runs the tasks (P = 10, W = 50 ms:
 * 200 queries/s). A pool of P platform threads reaches it (the classic sizing); N virtual threads reach
 * the same rate and no more: they lift the thread cap, not the connection cap, and their wait moves
 * from the thread pool's queue into {@code getConnection()} (where time-outs start when N/P x W
 * exceeds the time-out). A semaphore of P in front of the pool keeps that wait out of the pool. Only a
 * larger pool raises the rate, until the database's CPU or W itself is the limit.
 *
 * <p>Run it alone: {@code scripts/showcase pool --quick}, or against PostgreSQL with
 * {@code --jdbc-url 'jdbc:postgresql://127.0.0.1/postgres?user=postgres&password=...'}.
 */
public final class PoolScenario implements Scenario {

    static final int DEFAULT_TASKS = 1000;
    static final int QUICK_TASKS = 200;
    static final int DEFAULT_CONNECTIONS = 10;
    static final int DEFAULT_QUERY_MS = 50;
    static final int DEFAULT_TIMEOUT_MS = 30_000;
    /** The larger pool holds this many times P connections. */
    static final int LARGER = 4;

    @Override
    public String name() {
        return PoolWorkload.NAME;
    }

    @Override
    public String title() {
        return "connection pool: N queries through HikariCP's P connections, platform pool vs virtual threads";
    }

    @Override
    public String hypothesis() {
        return "Little's law caps the rate at min(N, P) / W: virtual threads lift the thread cap, not the connection cap, "
                + "so they reach the same bound as P platform threads and their wait moves into getConnection(); "
                + "only a larger pool raises the rate.";
    }

    @Override
    public boolean needsStubs() {
        return false;
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        PoolSettings base = settings(options);
        if (!base.embedded()) {
            DatabaseProbe.requireReachable(base.jdbcUrl());
        }
        int carriers = Collections.max(options.carriers());
        PoolSettings larger = new PoolSettings(base.jdbcUrl(), base.tasks(), base.connections() * LARGER,
                base.threads() * LARGER, base.queryMs(), base.connectionTimeoutMs());
        RunMode mode = options.mode();
        List<CellSpec> rivals = List.of(cell(ThreadModel.PLATFORM_POOL, carriers, base, mode), cell(ThreadModel.VIRTUAL, carriers, base, mode));
        if (options.inMainJob()) {
            return rivals; // the main job's note compares these two
        }
        return java.util.stream.Stream.concat(rivals.stream(), java.util.stream.Stream.of(
                cell(ThreadModel.VIRTUAL_BOUNDED, carriers, base, mode),
                cell(ThreadModel.VIRTUAL, carriers, larger, mode).withParam("case", "virtual, pool " + larger.connections()))).toList();
    }

    /** The settings the options ask for: the defaults, quick's fewer tasks, or the user's own. */
    static PoolSettings settings(RunOptions options) {
        Map<String, String> p = options.params();
        int tasks = number(p, "tasks", options.mode() == RunMode.QUICK ? QUICK_TASKS : DEFAULT_TASKS);
        int connections = number(p, "connections", DEFAULT_CONNECTIONS);
        return new PoolSettings(p.getOrDefault("jdbcUrl", PoolSettings.EMBEDDED), tasks, connections, connections,
                number(p, "queryMs", DEFAULT_QUERY_MS), number(p, "connectionTimeoutMs", DEFAULT_TIMEOUT_MS));
    }

    private static int number(Map<String, String> params, String name, int otherwise) {
        return params.containsKey(name) ? Integer.parseInt(params.get(name)) : otherwise;
    }

    /** Every pool cell watches for pinned virtual threads while the driver runs; quick runs measure 2 repetitions. */
    private static CellSpec cell(ThreadModel model, int carriers, PoolSettings settings, RunMode mode) {
        Map<String, String> params = new HashMap<>(settings.asParams());
        params.put(PinningMonitor.PARAM, "true");
        return new CellSpec(PoolWorkload.NAME, model, carriers, 1, mode == RunMode.QUICK ? 2 : mode.repetitions(), params);
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        PoolSettings s = PoolSettings.of(spec.params());
        double rounds = Math.ceil((double) s.tasks() / Math.min(s.connections(), s.threads()));
        long perRepetition = (long) (3 * rounds * s.queryMs()) + s.connectionTimeoutMs();
        return Duration.ofMillis(60_000 + perRepetition * (spec.warmups() + spec.repetitions()));
    }

    @Override
    public dev.loomshowcase.engine.Comparison comparison() {
        return PoolJudge.COMPARISON;
    }

    /** The engine's verdict on the queries' time, with the pool's own reasons: which cap held. */
    @Override
    public List<CellResult> analyse(List<CellOutcome> outcomes) {
        return PoolJudge.analyse(outcomes);
    }

    @Override
    public List<String> notes(List<CellResult> cells, RunOptions options) {
        return PoolNotes.notes(cells);
    }
}
