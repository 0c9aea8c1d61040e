package dev.loomshowcase.scenes.million;

import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Comparison;
import dev.loomshowcase.engine.Metric;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The million scene's ThreadLocal pair: a 1 KB object cached per thread in a ThreadLocal (the
 * baseline: what pooled code does today) against one shared object bound in a ScopedValue, judged by
 * heap per thread, with their start and finish times and collections beside it.
 */
final class PerThreadCacheJudge {

    static final String THREAD_LOCAL = "thread-local";
    static final String SCOPED_VALUE = "scoped-value";

    /** What the pair compares: heap per thread, against the ThreadLocal case. */
    static final Comparison HEAP = Comparison.of(THREAD_LOCAL, Metric.HEAP_BYTES);

    private PerThreadCacheJudge() {
    }

    /** The two cells of the pair, each a virtual thread per task, forked in one scope. */
    static List<CellSpec> cells(int carriers, int count) {
        return List.of(cell(THREAD_LOCAL, carriers, count), cell(SCOPED_VALUE, carriers, count));
    }

    private static CellSpec cell(String caseName, int carriers, int count) {
        return new CellSpec(PerThreadCacheWorkload.NAME, ThreadModel.VIRTUAL, carriers, 0, 1,
                Map.of("case", caseName, "count", Integer.toString(count), "variant", caseName, "flags", "none"));
    }

    /** The pair's cells with their verdicts: the ThreadLocal cell is the baseline, the ScopedValue cell judged by heap. */
    static List<CellResult> judge(List<CellResult> cells) {
        Optional<CellResult> base = find(cells, THREAD_LOCAL);
        return cells.stream().map(c -> judge(c, base)).toList();
    }

    private static CellResult judge(CellResult cell, Optional<CellResult> base) {
        if (cell.wallMs() == null || !(cell.extras().get("case") instanceof String name)) {
            return cell;
        }
        if (name.equals(THREAD_LOCAL)) {
            return withSpeedup(cell, 1.0, Verdict.BASELINE, String.format(Locale.ROOT,
                    "the baseline: %s of heap per thread with a %.0f-byte object cached in each", MillionNotes.bytes(heap(cell)),
                    number(cell, "objectBytes")));
        }
        if (base.isEmpty() || base.get().wallMs() == null) {
            return withSpeedup(cell, null, Verdict.INCONCLUSIVE, "no ThreadLocal cell to compare with");
        }
        double saved = heap(base.get()) - heap(cell);
        double ratio = heap(base.get()) / Math.max(1, heap(cell));
        Verdict verdict = HEAP.verdict(Metric.HEAP_BYTES.of(base.get()).orElseThrow(), Metric.HEAP_BYTES.of(cell).orElseThrow());
        return withSpeedup(cell, ratio, verdict, String.format(Locale.ROOT,
                "speedup here = heap per thread, ThreadLocal vs ScopedValue: %s vs %s (%s less per thread, %.1f MB over %,.0f threads)",
                MillionNotes.bytes(heap(base.get())), MillionNotes.bytes(heap(cell)), MillionNotes.bytes(saved),
                saved * number(cell, "threads") / 1e6, number(cell, "threads")));
    }

    /** One finding line for the scene's picture, or none when the pair was not measured. */
    static Optional<String> finding(List<CellResult> cells) {
        Optional<CellResult> local = find(cells, THREAD_LOCAL);
        Optional<CellResult> scoped = find(cells, SCOPED_VALUE);
        if (local.isEmpty() || scoped.isEmpty()) {
            return Optional.empty();
        }
        CellResult l = local.get();
        CellResult s = scoped.get();
        double extra = heap(l) - heap(s);
        String measured = String.format(Locale.ROOT, "per-thread cache: %,.0f virtual threads each caching %.0f bytes in a "
                        + "ThreadLocal took %s of heap per thread (start %.0f ms, %.0f GCs/%.0f ms); sharing one object through a "
                        + "ScopedValue took %s (start %.0f ms, %.0f GCs/%.0f ms); heap measured after a full collection, every "
                        + "thread alive and holding its value", number(l, "threads"), number(l, "objectBytes"), MillionNotes.bytes(heap(l)),
                number(l, "startMs"), number(l, "gcCount"), number(l, "gcMs"), MillionNotes.bytes(heap(s)), number(s, "startMs"),
                number(s, "gcCount"), number(s, "gcMs"));
        return Optional.of(measured + (extra >= Bands.COPY_SHOWN * number(l, "objectBytes")
                ? String.format(Locale.ROOT, ": the ThreadLocal cost %s more per thread, a copy per task once there is a thread per task.",
                        MillionNotes.bytes(extra))
                : String.format(Locale.ROOT, ": the ThreadLocal's copies did not show here (%s apart), so do not read a cost into this run.",
                        MillionNotes.bytes(extra))));
    }

    private static Optional<CellResult> find(List<CellResult> cells, String caseName) {
        return cells.stream().filter(c -> c.wallMs() != null && caseName.equals(c.extras().get("case"))).findFirst();
    }

    private static double heap(CellResult cell) {
        return number(cell, "heapBytesPerThread");
    }

    private static CellResult withSpeedup(CellResult c, Double speedup, Verdict verdict, String reason) {
        return c.withJudgement(speedup, verdict, reason)
                .withExtra(CellResult.FIGURE, MillionNotes.bytes(heap(c)))
                .withExtra(CellResult.FIGURE_OF, "heap/thread");
    }

    /** A numeric extra of the cell, NaN when absent. */
    private static double number(CellResult cell, String name) {
        return cell.extras().get(name) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
