package dev.loomshowcase.scenario;

import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.server.ServerLoadWorkload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregator on a server under load: Helidon SE 4 with a virtual thread per request, against the
 * same server whose requests wait for a fixed pool of P platform threads.
 *
 * <p>Hypothesis: in a closed loop, throughput = concurrency / latency (Little's law). Each request
 * waits about one downstream delay, so the bound is concurrency / delay. The virtual-thread server
 * holds no thread while waiting and should reach that bound at 10, 100 and 1000 clients; the pool
 * holds a platform thread per request for the whole wait, so it caps at P / delay (50 threads, 1 s:
 * 50 req/s) and the extra clients queue, their latency growing with their number. Virtual threads
 * will not help while concurrency stays under P (both reach the bound), nor when the CPU, the
 * network or the downstream itself is the limit: the stubs' own latency is measured to rule that out.
 *
 * <p>Run it alone: {@code scripts/showcase server --quick}, or from an IDE {@code dev.loomshowcase.cli.Main}
 * with the program arguments {@code server --quick}.
 */
public final class ServerScenario implements Scenario {

    /** The delay of the user, posts and comments mappings in stub-services/, before the mode's scale. */
    static final int MAPPED_DELAY_MS = 1000;
    static final int DEFAULT_PLATFORM_THREADS = 50;

    @Override
    public String name() {
        return ServerLoadWorkload.NAME;
    }

    @Override
    public String title() {
        return "server, I/O-bound: Helidon aggregator under closed-loop load, virtual threads vs a platform pool";
    }

    @Override
    public String hypothesis() {
        return "Little's law: throughput = concurrency / latency. Expect the virtual-thread server near the bound "
                + "(concurrency / downstream delay) at every level, and a pool of P platform threads capped at "
                + "P / delay once concurrency exceeds P, its extra requests queueing.";
    }

    /**
     * Not a row of the seed's table: its I/O-bound row, measured where it matters, on a server under
     * load, against a platform-thread server at the same load.
     */
    @Override
    public Optional<MatrixRow> matrixRow() {
        return Optional.of(new MatrixRow("server", "Server, I/O", name(),
                SeedPrediction.helps("Much faster"), SeedPrediction.helps("Much faster"), "Overlap wait times, per request", true));
    }

    @Override
    public boolean needsStubs() {
        return true;
    }

    /** No journal: under a thousand clients its upkeep would make the stubs the bottleneck. */
    @Override
    public boolean stubJournal() {
        return false;
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        RunMode mode = options.mode();
        int carriers = Collections.max(options.carriers());
        List<CellSpec> cells = new ArrayList<>();
        for (int concurrency : ServerPlan.levels(mode)) {
            Map<String, String> params = params(options, concurrency);
            cells.add(new CellSpec(name(), ThreadModel.PLATFORM_POOL, carriers, 0, ServerPlan.repetitions(mode), params));
            cells.add(new CellSpec(name(), ThreadModel.VIRTUAL, carriers, 0, ServerPlan.repetitions(mode), params));
        }
        return cells;
    }

    private static Map<String, String> params(RunOptions options, int concurrency) {
        RunMode mode = options.mode();
        int delayMs = (int) Math.round(MAPPED_DELAY_MS * mode.delayScale());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("stubs", options.stubs().toString());
        params.put("concurrency", Integer.toString(concurrency));
        params.put("platformThreads", options.params().getOrDefault("platformThreads", Integer.toString(DEFAULT_PLATFORM_THREADS)));
        params.put("delayMs", Integer.toString(delayMs));
        params.put("deadlineMs", Integer.toString(Math.max(5000, delayMs * 5)));
        params.put("warmupMs", Long.toString(ServerPlan.warmup(mode).toMillis()));
        params.put("windowMs", Long.toString(ServerPlan.window(mode).toMillis()));
        return params;
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        long perRun = Long.parseLong(spec.param("warmupMs")) + Long.parseLong(spec.param("windowMs"));
        return Duration.ofMillis(60_000 + 2 * perRun * spec.repetitions());
    }

    @Override
    public List<CellResult> analyse(List<CellOutcome> outcomes) {
        return ServerAnalysis.analyse(outcomes);
    }

    @Override
    public List<String> notes(List<CellResult> cells, RunOptions options) {
        return ServerAnalysis.notes(cells);
    }
}
