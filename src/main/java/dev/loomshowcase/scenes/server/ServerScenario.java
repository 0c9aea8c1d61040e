package dev.loomshowcase.scenes.server;

import dev.loomshowcase.server.ServerLoadWorkload;
import dev.loomshowcase.scenario.MatrixRow;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenario.SeedPrediction;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.server.DownstreamClient;
import dev.loomshowcase.server.ListeningProcess;
import dev.loomshowcase.stubs.StubDirectory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The aggregator on a server under load, against the rivals an evaluator would pick: Helidon SE 4 with a
 * virtual thread per request ({@code virtual}); the same server starting a new platform thread per request
 * ({@code platform-per-request}, no cap); the same server with a pool of P platform threads
 * ({@code platform-pool}, P = 200 as Tomcat's default {@code maxThreads}); and the same aggregator on
 * Vert.x 5's event loops with no blocking call ({@code reactive}).
 *
 * <p>Hypothesis: in a closed loop, throughput = concurrency / latency (Little's law). Each request
 * waits about one downstream delay, so the bound is concurrency / delay. The pool holds a thread per
 * request for the whole wait, so it caps at P / delay once the clients outnumber P, its extra requests
 * queueing. Thread per request and reactive code have no such cap: they should reach the bound as
 * virtual threads do, and differ in what each request in flight costs (memory, OS threads, CPU). So
 * virtual threads will not help over a thread per request or reactive code on throughput where the
 * machine holds the threads; nor over a pool while the clients stay under P; nor when the CPU, the
 * network or the downstream itself is the limit: the stubs' own latency is measured to rule that out.
 *
 * <p>Run it alone: {@code scripts/showcase server --quick}, or from an IDE {@code dev.loomshowcase.cli.Main}
 * with the program arguments {@code server --quick}.
 */
public final class ServerScenario implements Scenario {

    /** The delay of the user, posts and comments mappings in stub-services/, before the mode's scale. */
    static final int MAPPED_DELAY_MS = 1000;
    /** Tomcat's default {@code maxThreads}: the pool an evaluator would run, not a pool chosen to lose. */
    static final int DEFAULT_POOL_THREADS = 200;
    /** The rivals measured at every level, in the order the tables show them. */
    static final List<ThreadModel> RIVALS = List.of(ThreadModel.PLATFORM_POOL, ThreadModel.PLATFORM_PER_REQUEST,
            ThreadModel.VIRTUAL, ThreadModel.REACTIVE);
    /** The level at which the virtual server is measured with both downstream clients. */
    static final int CLIENT_COMPARISON_LEVEL = 100;

    @Override
    public String name() {
        return ServerLoadWorkload.NAME;
    }

    @Override
    public String title() {
        return "server, I/O-bound: an aggregator under closed-loop load: virtual threads vs a thread per request, a pool of 200 and Vert.x";
    }

    @Override
    public String hypothesis() {
        return "Little's law: throughput = concurrency / latency. Expect virtual threads, a thread per request and "
                + "reactive code near the bound (concurrency / downstream delay) at every level, a pool of P (200) "
                + "platform threads capped at P / delay once concurrency exceeds P; the uncapped rivals differ in what "
                + "a request in flight costs: memory, OS threads, CPU.";
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

    /**
     * Each cell starts its own stubs process, with the delay its level needs (a mapping's delay cannot
     * change per level otherwise), so that their CPU is read apart from the server's; stubs named with
     * {@code --stubs} are used as they are, their delay as mapped at the mode's scale at every level.
     */
    @Override
    public boolean needsStubs() {
        return false;
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        RunMode mode = options.mode();
        int carriers = Collections.max(options.carriers());
        String client = options.params().getOrDefault("client", DownstreamClient.Kind.byDefault().id());
        String stubsPid = options.stubs() == null ? "-1" : Long.toString(ListeningProcess.of(options.stubs().getPort()).orElse(-1));
        List<CellSpec> cells = new ArrayList<>();
        List<Integer> levels = ServerPlan.levels(mode, maxClients());
        if (options.inMainJob() && !levels.isEmpty()) {
            levels = List.of(levels.getLast()); // the matrix's server row reads the highest level only
        }
        for (int concurrency : levels) {
            Map<String, String> params = params(options, concurrency, client, stubsPid);
            for (ThreadModel rival : RIVALS) {
                if (options.inMainJob() && rival == ThreadModel.PLATFORM_POOL && ServerPlan.poolCannotLead(params)) {
                    continue; // its ceiling P / W is below what an uncapped rival keeps up with: it cannot be the best
                }
                cells.add(new CellSpec(name(), rival, carriers, 0, 1, params));
            }
            if (concurrency == CLIENT_COMPARISON_LEVEL && mode != RunMode.QUICK) {
                Map<String, String> other = new LinkedHashMap<>(params);
                other.put("client", otherClient(client));
                other.put("case", ThreadModel.VIRTUAL.id() + "+" + otherClient(client));
                cells.add(new CellSpec(name(), ThreadModel.VIRTUAL, carriers, 0, 1, other));
            }
        }
        cells.addAll(RateSweep.cells(cells, options, (int) Math.round(MAPPED_DELAY_MS * mode.delayScale())));
        return cells;
    }

    /** The most clients this process's open-files limit allows, each request in flight holding about four sockets. */
    static int maxClients() {
        long limit = ServerLoadWorkload.openFilesLimit();
        return limit < 0 ? Integer.MAX_VALUE : ServerLoadWorkload.clientsWithin(limit);
    }

    private static String otherClient(String client) {
        return DownstreamClient.Kind.JDK.id().equals(client) ? DownstreamClient.Kind.HELIDON.id() : DownstreamClient.Kind.JDK.id();
    }

    private static Map<String, String> params(RunOptions options, int concurrency, String client, String stubsPid) {
        RunMode mode = options.mode();
        int modeDelayMs = (int) Math.round(MAPPED_DELAY_MS * mode.delayScale());
        int delayMs = options.stubs() != null ? modeDelayMs
                : ServerPlan.delayMs(concurrency, modeDelayMs, Runtime.getRuntime().availableProcessors());
        Map<String, String> params = new LinkedHashMap<>();
        if (options.stubs() != null) {
            params.put("stubs", options.stubs().toString());
            params.put("stubsPid", stubsPid);
        } else {
            params.put("stubsDir", StubDirectory.locate().toAbsolutePath().toString());
            params.put("stubsDelayScale", Double.toString((double) delayMs / MAPPED_DELAY_MS));
        }
        params.put("client", client);
        params.put("concurrency", Integer.toString(concurrency));
        params.put("poolThreads", options.params().getOrDefault("poolThreads", Integer.toString(DEFAULT_POOL_THREADS)));
        params.put("delayMs", Integer.toString(delayMs));
        params.put("deadlineMs", Integer.toString(Math.max(5000, delayMs * 5)));
        params.put("warmupMs", Long.toString(ServerPlan.warmup(mode, delayMs, options.inMainJob()).toMillis()));
        params.put("windowMs", Long.toString(ServerPlan.window(mode, delayMs).toMillis()));
        params.put("windows", Integer.toString(options.inMainJob() ? ServerPlan.MAIN_JOB_WINDOWS : ServerPlan.WINDOWS));
        return params;
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        if (RateSweep.isSweep(spec)) {
            return dev.loomshowcase.server.SweepRun.bound(spec);
        }
        long perRun = Long.parseLong(spec.param("warmupMs"))
                + Long.parseLong(spec.param("windowMs")) * Integer.parseInt(spec.param("windows"));
        return Duration.ofMillis(90_000 + 2 * perRun * spec.repetitions());
    }

    @Override
    public dev.loomshowcase.engine.Comparison comparison() {
        return ServerJudge.COMPARISON;
    }

    /** The engine's verdict by throughput, with the server's own reasons: Little's bound, the stubs, the windows. */
    @Override
    public List<CellResult> analyse(List<CellOutcome> outcomes) {
        return ServerJudge.analyse(outcomes.stream().filter(o -> !RateSweep.isSweep(o.spec())).toList());
    }

    /** The open model's sweep cells, beside the table: every point and each rival's knee, in the JSON and the notes. */
    @Override
    public dev.loomshowcase.scenario.ScenarioFindings findings(List<CellOutcome> outcomes) {
        return RateSweep.findings(outcomes);
    }

    @Override
    public List<String> notes(List<CellResult> cells, RunOptions options) {
        List<String> notes = new ArrayList<>(ServerJudge.notes(cells));
        notes.add(ladderNote(options.mode()));
        if (options.inMainJob() && cells.stream().noneMatch(c -> c.model() == ThreadModel.PLATFORM_POOL)) {
            notes.add("the main job left the pool of " + options.params().getOrDefault("poolThreads",
                    Integer.toString(DEFAULT_POOL_THREADS)) + " threads out: by Little's law it answers at most P / W, "
                    + "below " + Math.round(100 * dev.loomshowcase.engine.Bands.KEEPS_UP) + "% of the level's bound C / W, "
                    + "so it cannot be the best platform rival here; scripts/showcase server --quick measures it");
        }
        return notes;
    }

    /** Why the ladder stops where it does: the mode, or the open-files limit at four sockets per request in flight. */
    static String ladderNote(RunMode mode) {
        long limit = ServerLoadWorkload.openFilesLimit();
        List<Integer> levels = ServerPlan.levels(mode, maxClients());
        String top = levels.isEmpty() ? "none" : Integer.toString(levels.getLast());
        String files = limit < 0 ? "the open-files limit is unknown here"
                : "the open-files limit (" + limit + ") allows about " + maxClients() + " clients at "
                        + ServerLoadWorkload.SOCKETS_PER_REQUEST + " sockets per request in flight";
        return "Highest level " + top + ": " + files
                + (mode == RunMode.QUICK ? "; quick runs stop at " + ServerPlan.QUICK_TOP : "")
                + ". Each level's delay W keeps C / W within " + Math.round(100 * ServerPlan.CPU_SHARE)
                + "% of the cores at " + ServerPlan.PLANNED_CPU_MS_PER_REQUEST + " ms of CPU per request (all processes).";
    }
}
