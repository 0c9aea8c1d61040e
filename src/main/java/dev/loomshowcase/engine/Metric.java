package dev.loomshowcase.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a scenario compares its cells by, read the same way from every cell, so that the engine (not
 * the scenario) turns two cells into a speedup and a verdict ({@link Comparison}).
 */
public enum Metric {
    /** Wall time per repetition, ms, from the samples: lower is better, timed so noisy. */
    WALL_MS("wall time", false, true),
    /** Requests or tasks per second: extras {@code throughput} and {@code throughputRange} {min, max}; higher is better. */
    THROUGHPUT("throughput", true, true),
    /**
     * Time per operation, µs: a repetition's wall time over the operations it repeats (extra
     * {@value #OPERATIONS}), for cells that repeat different numbers of a short operation per
     * repetition; lower is better, timed.
     */
    PER_OPERATION("time per operation (µs)", false, true),
    /** Heap per live thread, bytes, after a full collection: extra {@code heapBytesPerThread}; lower is better, counted, not timed. */
    HEAP_BYTES("heap per thread", false, false);

    /** The extra a cell judged {@link #PER_OPERATION} reports: how many operations one repetition repeats. */
    public static final String OPERATIONS = "operationsPerRepetition";

    private final String words;
    private final boolean higherIsBetter;
    private final boolean timed;

    Metric(String words, boolean higherIsBetter, boolean timed) {
        this.words = words;
        this.higherIsBetter = higherIsBetter;
        this.timed = timed;
    }

    /** The metric in a few words, for reasons. */
    public String words() {
        return words;
    }

    /** True when a larger value is better (throughput); false when smaller is (time, memory). */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /**
     * True when the value is timed and so moves with other load: a verdict then needs ranges clear of
     * each other over more than one value; a counted value (bytes) is judged on its own.
     */
    public boolean timed() {
        return timed;
    }

    /** The metric in a child's report; empty when the report does not carry it. */
    public Optional<Stats> of(ChildReport report) {
        return of(report.samples().isEmpty() ? null : Stats.of(report.samples().stream().map(Sample::wallMs).toList()),
                report.extras(), report.samples().size());
    }

    /** The metric in an analysed cell; empty when the cell does not carry it (e.g. it failed). */
    public Optional<Stats> of(CellResult cell) {
        return of(cell.wallMs(), cell.extras(), cell.wallMs() == null ? 0 : cell.wallMs().n());
    }

    private Optional<Stats> of(Stats wall, Map<String, Object> extras, int repetitions) {
        return switch (this) {
            case WALL_MS -> Optional.ofNullable(wall);
            case THROUGHPUT -> throughput(extras, repetitions);
            case PER_OPERATION -> perOperation(wall, extras);
            case HEAP_BYTES -> extras.get("heapBytesPerThread") instanceof Number n ? Optional.of(bytes(n)) : Optional.empty();
        };
    }

    /** Wall time per repetition over its operations, in µs; empty without either. */
    private static Optional<Stats> perOperation(Stats wall, Map<String, Object> extras) {
        if (wall == null || !(extras.get(OPERATIONS) instanceof Number ops) || ops.doubleValue() <= 0) {
            return Optional.empty();
        }
        double perMs = 1000 / ops.doubleValue();
        return Optional.of(new Stats(wall.median() * perMs, wall.min() * perMs, wall.max() * perMs, wall.n()));
    }

    /** One counted value, at least one byte (a measured difference can come out at or below zero). */
    private static Stats bytes(Number value) {
        double v = Math.max(1, value.doubleValue());
        return new Stats(v, v, v, 1);
    }

    /** Median and range of the throughput; its count is the windows measured when listed, else the repetitions. */
    private static Optional<Stats> throughput(Map<String, Object> extras, int repetitions) {
        if (!(extras.get("throughput") instanceof Number median)) {
            return Optional.empty();
        }
        double m = median.doubleValue();
        double min = m;
        double max = m;
        if (extras.get("throughputRange") instanceof Map<?, ?> range
                && range.get("min") instanceof Number lo && range.get("max") instanceof Number hi) {
            min = Math.min(m, lo.doubleValue());
            max = Math.max(m, hi.doubleValue());
        }
        int n = extras.get("windows") instanceof List<?> windows ? windows.size() : repetitions;
        return Optional.of(new Stats(m, min, max, n));
    }

    /**
     * The values as costs (lower is better), so one rule judges every metric: a throughput's cost is
     * its inverse, its range turned over.
     */
    Stats asCost(Stats values) {
        return higherIsBetter ? new Stats(1 / values.median(), 1 / values.max(), 1 / values.min(), values.n()) : values;
    }
}
