package dev.loomshowcase.scenes.payments;

import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.scenario.Cells;
import dev.loomshowcase.scenario.CpuContention;
import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Units;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * The observations under the payments table, computed from the cells: the latency definition,
 * whether bounding concurrency paid (for platform and for virtual threads) and by how much against
 * the seed's 3x, what the context switches and latencies say about why.
 */
public final class PaymentsNotes {

    /** A bounded variant at least this much faster than its unbounded one counts as the seed's effect: "much faster". */
    private static final double SEED_EFFECT = Bands.MUCH_FASTER;
    private static final double TIME_SLICE_MS = Bands.OS_TIME_SLICE_MS;

    private PaymentsNotes() {
    }

    static List<String> of(List<CellResult> cells) {
        List<String> notes = new ArrayList<>();
        notes.add("Latency = from the batch's arrival (every payment handed to the runner at once) to that payment's "
                + "signature: what a queueing payment experiences. p50/p99 over the measured batches; context "
                + "switches = getrusage(RUSAGE_SELF) of the child JVM, median per batch.");
        Optional<CellResult> sequential = Cells.measured(cells, ThreadModel.SEQUENTIAL);
        Optional<CellResult> perTask = Cells.measured(cells, ThreadModel.PLATFORM_PER_TASK);
        Optional<CellResult> pool = Cells.measured(cells, ThreadModel.PLATFORM_POOL);
        Optional<CellResult> virtual = Cells.measured(cells, ThreadModel.VIRTUAL);
        Optional<CellResult> bounded = Cells.measured(cells, ThreadModel.VIRTUAL_BOUNDED);
        sequential.ifPresent(s -> notes.add(String.format(Locale.ROOT,
                "One signature costs ~%.2f ms of CPU here (sequential batch / payments).", perSignatureMs(s))));
        if (pool.isPresent() && perTask.isPresent()) {
            notes.add(bounding("platform threads (a pool of " + pool.get().carriers() + " vs one OS thread per payment)",
                    pool.get(), perTask.get()) + " " + platformWhy(pool.get(), perTask.get(), sequential));
        }
        if (bounded.isPresent() && virtual.isPresent()) {
            notes.add(bounding("virtual threads (a semaphore of " + bounded.get().carriers() + " vs none)",
                    bounded.get(), virtual.get()) + " " + virtualWhy(bounded.get(), virtual.get()));
        }
        if (pool.isPresent() && perTask.isPresent()) {
            notes.add(latency(pool.get(), perTask.get()));
        }
        unboundedVsSequential(perTask, virtual).ifPresent(notes::add);
        cells.stream().filter(c -> c.wallMs() != null).map(PaymentsNotes::summary).forEach(notes::add);
        notes.addAll(CpuContention.warnings(cells, Runtime.getRuntime().availableProcessors()));
        return notes;
    }

    /**
     * Bounding's effect, judged on ranges, not medians alone: the seed's 3x direction "reproduces" only
     * when even the least favourable pairing of repetitions (the unbounded cell's fastest against the
     * bounded one's slowest) gains {@link #SEED_EFFECT}; "no gain" when even the most favourable gains
     * less than 1.10x; "some gain" in between with both ends clear of 1.10x; else too noisy to say.
     */
    static String bounding(String what, CellResult boundedCell, CellResult unboundedCell) {
        double ratio = throughput(boundedCell) / throughput(unboundedCell);
        double low = unboundedCell.wallMs().min() / boundedCell.wallMs().max();
        double high = unboundedCell.wallMs().max() / boundedCell.wallMs().min();
        String verdict = low >= SEED_EFFECT ? "the seed's 3x direction reproduces here"
                : high < Bands.FASTER ? "the seed's 3x does NOT reproduce here"
                : low >= Bands.FASTER && high < SEED_EFFECT ? "some gain, far from the seed's 3x"
                : "the repetitions overlap too much to say whether the seed's 3x reproduces";
        return String.format(Locale.ROOT, "Bounding %s: %.2fx throughput (%d vs %d signatures/s; %s..%s over the "
                        + "repetitions' ranges): %s.%s", what, ratio, Math.round(throughput(boundedCell)),
                Math.round(throughput(unboundedCell)), Units.speedup(low), Units.speedup(high), verdict,
                CpuContention.unequalCpu(boundedCell, unboundedCell));
    }

    private static String platformWhy(CellResult pool, CellResult perTask, Optional<CellResult> sequential) {
        String cost = sequential.filter(s -> perSignatureMs(s) < TIME_SLICE_MS)
                .map(s -> String.format(Locale.ROOT, "one signature (~%.2f ms) is shorter than a typical OS time slice "
                        + "(~%.0f ms), so most of the %s OS threads run to completion in one go; ",
                        perSignatureMs(s), TIME_SLICE_MS, payments(perTask))).orElse("");
        return "What to expect: " + cost + String.format(Locale.ROOT, "what they add is thread start-ups and switching: "
                        + "involuntary switches per batch %s vs %s in the pool, voluntary %s vs %s.",
                switches(perTask, PaymentsExtras.Switches::involuntary), switches(pool, PaymentsExtras.Switches::involuntary),
                switches(perTask, PaymentsExtras.Switches::voluntary), switches(pool, PaymentsExtras.Switches::voluntary));
    }

    private static String virtualWhy(CellResult boundedCell, CellResult virtual) {
        return String.format(Locale.ROOT, "What to expect on the JVM: virtual threads are not time-sliced; the "
                        + "scheduler runs only %d of the %s at a time, each to completion, so unbounded virtual threads "
                        + "already behave like a pool of carriers and a semaphore has little left to fix (OS switches "
                        + "per batch: involuntary %s bounded vs %s unbounded, voluntary %s vs %s).", virtual.carriers(), payments(virtual),
                switches(boundedCell, PaymentsExtras.Switches::involuntary), switches(virtual, PaymentsExtras.Switches::involuntary),
                switches(boundedCell, PaymentsExtras.Switches::voluntary), switches(virtual, PaymentsExtras.Switches::voluntary));
    }

    static String latency(CellResult pool, CellResult perTask) {
        double poolP50 = percentile(pool, PaymentsExtras.Latency::p50);
        double perTaskP50 = percentile(perTask, PaymentsExtras.Latency::p50);
        String numbers = String.format(Locale.ROOT, "Median payment latency: %.1f ms in the pool, %.1f ms with one OS "
                + "thread each (p99 %.1f vs %.1f ms)", poolP50, perTaskP50, percentile(pool, PaymentsExtras.Latency::p99), percentile(perTask, PaymentsExtras.Latency::p99));
        double perTaskShare = perTaskP50 / batchMs(perTask);
        double poolShare = poolP50 / batchMs(pool);
        String within = String.format(Locale.ROOT, "the median payment finished at %d%% of its batch with OS threads, "
                + "at %d%% in the pool", Math.round(perTaskShare * 100), Math.round(poolShare * 100));
        if (perTaskShare >= Bands.NEAR_BATCH_END && perTaskShare >= Bands.LATENCY_APART * poolShare) {
            return numbers + ": " + within + ": the OS shares the cores among all threads, so most payments finish near "
                    + "the batch's end, while a pool finishes them in arrival order.";
        }
        if (perTaskP50 > Bands.LATENCY_APART * poolP50) {
            return numbers + String.format(Locale.ROOT, ": the OS threads' batch took %.1fx as long (%.0f vs %.0f ms), "
                    + "while %s: about in arrival order in both, later because the whole batch was slower.",
                    batchMs(perTask) / batchMs(pool), batchMs(perTask), batchMs(pool), within);
        }
        return numbers + ": close; with work shorter than a time slice, the OS threads came out almost like a queue.";
    }

    /** The cell's median batch (repetition) time, ms; NaN when it was not measured. */
    private static double batchMs(CellResult cell) {
        return cell.wallMs() == null ? Double.NaN : cell.wallMs().median();
    }

    /** The seed's other claim: 1000 goroutines were slower than sequential. */
    static Optional<String> unboundedVsSequential(Optional<CellResult> perTask, Optional<CellResult> virtual) {
        if (perTask.isEmpty() || virtual.isEmpty() || perTask.get().speedup() == null || virtual.get().speedup() == null) {
            return Optional.empty();
        }
        double worst = Math.min(perTask.get().speedup(), virtual.get().speedup());
        return Optional.of(String.format(Locale.ROOT, "Against one thread signing alone: %s OS threads %.2fx, %s virtual "
                        + "threads %.2fx; the seed saw 1000 goroutines slower than sequential, %s.",
                payments(perTask.get()), perTask.get().speedup(), payments(virtual.get()), virtual.get().speedup(),
                worst < 1 / Bands.FASTER ? "and so did this run" : "which this run did not"));
    }

    private static String payments(CellResult cell) {
        return measured(cell).map(e -> Integer.toString(e.payments())).orElse("the");
    }

    /** The cell's own measurements, typed; empty for a cell that has none (e.g. one that failed). */
    private static Optional<PaymentsExtras> measured(CellResult cell) {
        return cell.extras().containsKey(PaymentsScenario.PAYMENTS) ? Optional.of(PaymentsExtras.from(cell.extras())) : Optional.empty();
    }

    /** One cell's extras in a line: throughput, latency percentiles, switches. */
    static String summary(CellResult cell) {
        return String.format(Locale.ROOT, "%s: %.0f signatures/s; latency p50 %.1f ms, p99 %.1f ms; "
                        + "switches per batch %s voluntary, %s involuntary.", cell.label(), throughput(cell),
                percentile(cell, PaymentsExtras.Latency::p50), percentile(cell, PaymentsExtras.Latency::p99), switches(cell, PaymentsExtras.Switches::voluntary), switches(cell, PaymentsExtras.Switches::involuntary));
    }

    static double throughput(CellResult cell) {
        return cell.extras().get("throughput") instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static double perSignatureMs(CellResult sequential) {
        return measured(sequential).map(e -> sequential.wallMs().median() / e.payments()).orElse(Double.NaN);
    }

    private static String switches(CellResult cell, ToLongFunction<PaymentsExtras.Switches> kind) {
        return measured(cell).map(PaymentsExtras::contextSwitches).map(s -> Long.toString(kind.applyAsLong(s))).orElse("n/a");
    }

    private static double percentile(CellResult cell, ToDoubleFunction<PaymentsExtras.Latency> which) {
        return measured(cell).map(PaymentsExtras::latencyMs).map(l -> which.applyAsDouble(l)).orElse(Double.NaN);
    }
}
