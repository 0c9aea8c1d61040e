package dev.loomshowcase.scenes.yours;

import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellRunner;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ChildJvm;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.observe.PinningMonitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The seed's exercise 3 on a person's own code: "Identify a piece of code you've written: is it
 * I/O-bound or CPU-bound? Would concurrency help?", and its takeaway, "profile before parallelizing".
 *
 * <p>Hypothesis (seed): an I/O-bound task gets faster with concurrency even on one core, because
 * the waits overlap; a CPU-bound task does not, on one core, and needs parallel execution on more
 * cores. Here: a batch of independent copies of the task runs one after another, on virtual threads
 * at 1 and N carriers, on a pool of N platform threads, and on a thread per task. Virtual threads
 * will not help when the task computes, when it holds its carrier while it waits (a native call, a
 * class initialiser), or when the copies contend for something they share (then more threads are slower).
 *
 * <p>Before the cells, one copy is timed alone in a child JVM: that sizes the batch (about a second
 * one after another, unless {@code tasks} is given) and shows at once whether the task throws or hangs.
 */
public final class YoursScenario implements Scenario {

    /** The sequential cell lasts about this long when the batch size is chosen here. */
    static final Duration TARGET = Duration.ofSeconds(1);
    static final int MAX_TASKS = 100_000;

    private final TaskSource source;
    private final Integer requestedTasks;
    private final Duration timeout;
    private final boolean withStubs;
    private final Consumer<String> say;
    private int tasks;
    private double probeMs = Double.NaN;

    /**
     * @param tasks     the batch size, or null to size it so the sequential cell lasts about a second
     * @param timeout   the time limit of one cell's child JVM (a hanging task is stopped by it)
     * @param withStubs true to start the stubs and tell the task their URL ({@code -Dloomshowcase.stubs})
     * @param say       told one line when the batch is sized
     */
    public YoursScenario(TaskSource source, Integer tasks, Duration timeout, boolean withStubs, Consumer<String> say) {
        this.source = source;
        this.requestedTasks = tasks;
        this.timeout = timeout;
        this.withStubs = withStubs;
        this.say = say;
    }

    @Override
    public String name() {
        return YoursWorkload.NAME;
    }

    @Override
    public String title() {
        return "your own code: " + source.label() + ", is it I/O- or CPU-bound, would concurrency help?";
    }

    @Override
    public String hypothesis() {
        return String.format(Locale.ROOT, "Seed: I/O-bound work gets faster with concurrency even on one core (the waits overlap); "
                + "CPU-bound work does not, and needs parallel execution on more cores. Here: I/O-bound if, alone, "
                + "the task keeps its thread busy at most %.0f%% of the time, CPU-bound from %.0f%%, mixed between; "
                + "coordination-bound if more threads make it slower.", dev.loomshowcase.engine.Bands.IO_BOUND_AT * 100, dev.loomshowcase.engine.Bands.CPU_BOUND_AT * 100);
    }

    @Override
    public boolean needsStubs() {
        return withStubs;
    }

    /** The batch size measured (after {@link #plan}). */
    public int tasks() {
        return tasks;
    }

    /** One task's median time alone, ms; NaN when the batch size was given. */
    public double probeMs() {
        return probeMs;
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        Map<String, String> params = params(options);
        List<String> jvm = jvmOptions(options);
        tasks = requestedTasks != null ? requestedTasks : sized(params, jvm, options.mode());
        params.put(YoursWorkload.TASKS, String.valueOf(tasks));
        RunMode mode = options.mode();
        int most = Collections.max(options.carriers());
        List<CellSpec> cells = new ArrayList<>();
        cells.add(new CellSpec(name(), ThreadModel.SEQUENTIAL, 1, mode.warmups(), mode.repetitions(), params, jvm));
        for (int carriers : options.carriers()) {
            cells.add(new CellSpec(name(), ThreadModel.VIRTUAL, carriers, mode.warmups(), mode.repetitions(), params, jvm));
        }
        cells.add(new CellSpec(name(), ThreadModel.PLATFORM_POOL, most, mode.warmups(), mode.repetitions(), params, jvm));
        cells.add(new CellSpec(name(), ThreadModel.PLATFORM_PER_TASK, most, mode.warmups(), mode.repetitions(), params, jvm));
        return cells;
    }

    private Map<String, String> params(RunOptions options) {
        Map<String, String> params = new HashMap<>(source.toParams());
        params.put(PinningMonitor.PARAM, "true");
        params.put(YoursWorkload.HTTP_TIMEOUT_MS, String.valueOf(timeout.toMillis()));
        return params;
    }

    private List<String> jvmOptions(RunOptions options) {
        List<String> jvm = new ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED"));
        if (withStubs && options.stubs() != null) {
            jvm.add("-Dloomshowcase.stubs=" + options.stubs());
        }
        return jvm;
    }

    /**
     * Sizes the batch: one task timed alone, then, when that makes a batch of more than a few, the
     * batch itself timed again (by then the JIT has compiled short tasks, which a single cold task hides).
     */
    private int sized(Map<String, String> params, List<String> jvm, RunMode mode) {
        double oneTask = probe(params, jvm, mode, 1);
        int n = batchFor(oneTask);
        if (n > 4) {
            oneTask = probe(params, jvm, mode, n) / n;
            n = batchFor(oneTask);
        }
        probeMs = oneTask;
        say.accept(String.format(Locale.ROOT, "one task took %.2f ms alone (median of 3); a batch of %d tasks "
                + "(about %.1f s one after another; --tasks to choose)", oneTask, n, n * oneTask / 1000));
        return n;
    }

    static int batchFor(double oneTaskMs) {
        return (int) Math.max(2, Math.min(MAX_TASKS, Math.round(TARGET.toMillis() / Math.max(oneTaskMs, 0.001))));
    }

    /** Times a batch of {@code batch} tasks (median of three, after the mode's warm-ups) in a child JVM; throws when it fails. */
    private double probe(Map<String, String> params, List<String> jvm, RunMode mode, int batch) {
        Map<String, String> one = new HashMap<>(params);
        one.put(YoursWorkload.TASKS, String.valueOf(batch));
        one.put(PinningMonitor.PARAM, "false");
        CellSpec spec = new CellSpec(name(), ThreadModel.SEQUENTIAL, 1, mode.warmups(), 3, one, jvm);
        try (ChildJvm children = new ChildJvm()) {
            CellOutcome outcome = CellRunner.forCurrentJvm(children).run(spec, timeout);
            if (!outcome.ok()) {
                throw new YourTaskException(failure(outcome.error()));
            }
            return outcome.report().samples().stream().mapToDouble(s -> s.wallMs()).sorted().toArray()[1];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new YourTaskException("interrupted while timing one task");
        }
    }

    /** The one line to print for a failed cell: what the task threw and where, or the time limit it overran. */
    public String failure(String error) {
        int at = error.indexOf(TaskFailedException.MARKER);
        if (at >= 0) {
            String line = error.substring(at);
            for (String end : List.of(" | ", "; stdout: ")) {
                int cut = line.indexOf(end);
                line = cut >= 0 ? line.substring(0, cut) : line;
            }
            return line;
        }
        if (error.contains("overran its time limit")) {
            return "your task did not finish within the cell's time limit of " + timeout.toSeconds()
                    + " s (--timeout); its child JVM was stopped";
        }
        return "your task could not run: " + error;
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        return timeout;
    }

    /** As every scenario, except that the baseline's reason also gives its share of the time it had a core. */
    @Override
    public List<CellResult> analyse(List<CellOutcome> outcomes) {
        YoursJudge judge = judge();
        return Scenario.super.analyse(outcomes).stream().map(cell -> {
            double waited = YoursJudge.runQueueMs(cell);
            if (cell.verdict() != dev.loomshowcase.engine.Verdict.BASELINE || waited <= 0) {
                return cell;
            }
            return cell.withVerdict(cell.verdict(), String.format(Locale.ROOT, "%s; %d%% of the time it had a core "
                    + "(it waited %.0f ms for one that other threads held)", cell.reason(), Math.round(judge.share(cell) * 100), waited));
        }).toList();
    }

    @Override
    public List<String> notes(List<CellResult> cells, RunOptions options) {
        return judge().where(cells);
    }

    /** The judge of this run's cells: this machine's cores, this run's batch. */
    public YoursJudge judge() {
        return new YoursJudge(Runtime.getRuntime().availableProcessors(), tasks);
    }

    /** The first failed cell's one line, if any failed. */
    public Optional<String> firstFailure(List<CellResult> cells) {
        return cells.stream().filter(c -> c.error() != null).findFirst().map(c -> c.label() + ": " + failure(c.error()));
    }
}
