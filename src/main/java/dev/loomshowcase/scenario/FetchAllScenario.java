package dev.loomshowcase.scenario;

import dev.loomshowcase.cli.Main;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.workload.async.AsyncWorkloads;
import dev.loomshowcase.workload.FetchAllWorkload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The seed's I/O-bound {@code fetchAll}: three downstream calls of about one second each.
 *
 * <p>Hypothesis (seed): sequential takes the sum of the waits, 3 s; concurrent takes the longest
 * wait, about 1 s, <em>even on one core</em>, because while one call waits the others proceed.
 * Here: virtual threads in a StructuredTaskScope take about 1 s on one carrier as on many; a pool
 * of one platform thread serialises the calls again (3 s), since its only thread blocks in each wait.
 * Virtual threads will not help when the calls are dependent (each needs the previous answer) or
 * when the downstream itself serialises them.
 *
 * <p>Run it alone: {@code scripts/showcase fetch-all}, or this class's {@code main} from an IDE.
 */
public final class FetchAllScenario implements Scenario {

    @Override
    public String name() {
        return FetchAllWorkload.NAME;
    }

    @Override
    public String title() {
        return "fetchAll: three downstream calls (user, posts, comments), I/O-bound";
    }

    @Override
    public String hypothesis() {
        return "Seed: sequential = sum of the waits (~3 s); concurrent = the longest wait (~1 s), even on one core. "
                + "Expect virtual threads ~1 s on 1 carrier and on N; a platform pool of 1 thread serialises the waits again.";
    }

    @Override
    public boolean needsStubs() {
        return true;
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        Map<String, String> params = Map.of(
                "stubs", options.stubs().toString(),
                "user", options.params().getOrDefault("user", "1"));
        RunMode mode = options.mode();
        List<CellSpec> cells = new ArrayList<>();
        cells.add(new CellSpec(name(), ThreadModel.SEQUENTIAL, 1, mode.warmups(), mode.repetitions(), params));
        for (int carriers : options.carriers()) {
            cells.add(new CellSpec(name(), ThreadModel.VIRTUAL, carriers, mode.warmups(), mode.repetitions(), params));
            cells.add(new CellSpec(name(), ThreadModel.PLATFORM_POOL, carriers, mode.warmups(), mode.repetitions(), params));
            cells.add(new CellSpec(AsyncWorkloads.twinOf(name()), ThreadModel.ASYNC, carriers, mode.warmups(), mode.repetitions(), params));
        }
        return cells;
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        return Duration.ofSeconds(60 + 15L * (spec.warmups() + spec.repetitions()));
    }

    @Override
    public List<String> notes(List<CellResult> cells, RunOptions options) {
        Optional<CellResult> sequential = find(cells, "sequential", 1);
        Optional<CellResult> virtual1 = find(cells, "virtual", 1);
        if (sequential.isEmpty() || virtual1.isEmpty() || sequential.get().wallMs() == null || virtual1.get().wallMs() == null) {
            return List.of();
        }
        double perCall = sequential.get().wallMs().median() / 3;
        double concurrent = virtual1.get().wallMs().median();
        return List.of(String.format(Locale.ROOT,
                "One call takes ~%.0f ms (sequential / 3). On ONE carrier, virtual threads took %.0f ms: "
                        + "the three waits overlapped into one (%.0f ms above a single call).",
                perCall, concurrent, concurrent - perCall));
    }

    private static Optional<CellResult> find(List<CellResult> cells, String model, int carriers) {
        return cells.stream().filter(c -> c.model().equals(model) && c.carriers() == carriers).findFirst();
    }

    /** Runs this scenario alone, with the command line's options (e.g. {@code --quick}). */
    public static void main(String[] args) {
        String[] withName = new String[args.length + 1];
        withName[0] = FetchAllWorkload.NAME;
        System.arraycopy(args, 0, withName, 1, args.length);
        System.exit(Main.run(withName));
    }
}
