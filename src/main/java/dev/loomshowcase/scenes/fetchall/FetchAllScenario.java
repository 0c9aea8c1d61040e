package dev.loomshowcase.scenes.fetchall;

import dev.loomshowcase.scenario.Cells;
import dev.loomshowcase.scenario.MatrixRow;
import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scenario;
import dev.loomshowcase.scenario.SeedPrediction;
import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Units;

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
 * <p>Run it alone: {@code scripts/showcase fetch-all --quick}, or from an IDE {@code dev.loomshowcase.cli.Main}
 * with the program arguments {@code fetch-all --quick};
 * the seed's program itself is {@code dev.loomshowcase.scenes.fetchall.FetchAll}'s {@code main}.
 */
public final class FetchAllScenario implements Scenario {

    /** Each of the three stubs' delays (user, posts, comments) in {@code stub-services/}, before a mode's scale. */
    static final double CALL_MS = 1000;

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
        return FetchAll.HYPOTHESIS;
    }

    /** The seed's sentence with the delays of the mode that runs: a quick run's calls take 200 ms, not 1 s. */
    @Override
    public String hypothesis(RunOptions options) {
        double scale = options.mode().delayScale();
        if (scale == 1.0) {
            return FetchAll.HYPOTHESIS;
        }
        String call = Units.duration(CALL_MS * scale);
        return String.format(Locale.ROOT, "Seed: sequential = sum of the waits (3 s; %s here, each call %s in %s mode); "
                + "concurrent = the longest wait (1 s; %s here), even on one core. Expect virtual threads ~%s on 1 carrier and on N; "
                + "a platform pool of 1 thread serialises the waits again.",
                Units.duration(3 * CALL_MS * scale), call, options.mode().name(), call, call);
    }

    /** The seed's decision matrix, row {@code io-bound}: what the seed predicts on one carrier and on many. */
    @Override
    public Optional<MatrixRow> matrixRow() {
        return Optional.of(new MatrixRow("io-bound", "I/O-bound", name(),
                SeedPrediction.helps("Much faster"), SeedPrediction.helps("Much faster"), "Overlap wait times"));
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
            if (!options.inMainJob() || carriers == 1) { // the main job's async note reads async@1 beside virtual@1
                cells.add(new CellSpec(FetchAllAsync.NAME, ThreadModel.ASYNC, carriers, mode.warmups(), mode.repetitions(), params));
            }
        }
        return cells;
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        return Duration.ofSeconds(60 + 15L * (spec.warmups() + spec.repetitions()));
    }

    @Override
    public List<String> notes(List<CellResult> cells, RunOptions options) {
        Optional<CellResult> sequential = Cells.measured(cells, ThreadModel.SEQUENTIAL, 1);
        Optional<CellResult> virtual1 = Cells.measured(cells, ThreadModel.VIRTUAL, 1);
        if (sequential.isEmpty() || virtual1.isEmpty()) {
            return List.of();
        }
        return List.of(overlapNote(sequential.get().wallMs().median() / 3, virtual1.get().wallMs().median()));
    }

    /**
     * What virtual@1 shows about the three waits, in calls' worth of time: "overlapped into one" only
     * when it took less than {@link Bands#OVERLAPPED_CALLS} calls, "did not overlap" from {@link Bands#SERIAL_CALLS} on, else in part.
     */
    static String overlapNote(double perCall, double concurrent) {
        double calls = concurrent / perCall;
        String seen = calls < Bands.OVERLAPPED_CALLS ? "the three waits overlapped into one"
                : calls < Bands.SERIAL_CALLS ? "the three waits overlapped only in part"
                : "the three waits did NOT overlap";
        return String.format(Locale.ROOT, "One call takes ~%s (sequential / 3). On ONE carrier, virtual threads took %s, "
                + "%.2f calls' worth: %s.", Units.duration(perCall), Units.duration(concurrent), calls, seen);
    }
}
