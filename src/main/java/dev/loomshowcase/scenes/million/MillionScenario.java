package dev.loomshowcase.scenes.million;

import dev.loomshowcase.scenario.RunMode;
import dev.loomshowcase.scenario.RunOptions;
import dev.loomshowcase.scenario.Scene;
import dev.loomshowcase.engine.Analysis;
import dev.loomshowcase.engine.CellOutcome;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ScenarioResult;
import dev.loomshowcase.engine.Stats;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Verdict;
import dev.loomshowcase.engine.Comparison;
import dev.loomshowcase.engine.Metric;
import dev.loomshowcase.observe.CgroupFiles;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "How many can you have?": a million sleeping virtual threads against a bounded number of
 * platform threads.
 *
 * <p>Hypothesis: a virtual thread costs a few hundred bytes of heap, a platform thread a native stack
 * and an OS thread, so a million virtual threads fit where ten thousand platform threads are already
 * heavy. What slows the virtual run here is not the threads but the heap (their stacks live in it:
 * an undersized heap means many collections while they start) and the wake-ups: measured here, a cold
 * JIT compiles the sleep before any thread has woken, and each waking thread is then deoptimized on its
 * own. Measured with the default heap, a sized heap, a sized heap with the Parallel collector, a young
 * generation that holds every stack, and with the wake-up path warmed first; two smaller cells count
 * the deoptimizations (JFR), cold and warmed, as the evidence.
 * The platform count is bounded and checked against the OS limits; the machine's limit is never probed.
 */
public final class MillionScenario implements Scene {

    static final String PLATFORM = "platform";
    /** A platform count must stay below this share of the smallest OS thread limit. */
    static final double SHARE_OF_LIMIT = 0.25;

    private final int virtualCount;
    private final int platformCount;

    public MillionScenario(int virtualCount, int platformCount) {
        this.virtualCount = virtualCount;
        this.platformCount = platformCount;
    }

    /** The scene as a run mode sizes it: quick 100,000 virtual / 2,000 platform, else 1,000,000 / 10,000, capped by the OS. */
    public static MillionScenario forMode(RunMode mode) {
        boolean quick = mode == RunMode.QUICK;
        long cap = platformCap(CgroupFiles.system().smallestThreadLimit());
        return new MillionScenario(quick ? 100_000 : 1_000_000, (int) Math.min(quick ? 2_000 : 10_000, cap));
    }

    /** The largest platform count allowed under the given smallest OS thread limit. */
    public static long platformCap(long smallestLimit) {
        return smallestLimit == Long.MAX_VALUE ? 20_000 : Math.min(20_000, (long) (smallestLimit * SHARE_OF_LIMIT));
    }

    @Override
    public String name() {
        return MillionWorkload.NAME;
    }

    @Override
    public String title() {
        return "a million: " + String.format(Locale.ROOT, "%,d", virtualCount) + " sleeping virtual threads vs "
                + String.format(Locale.ROOT, "%,d", platformCount) + " platform threads";
    }

    @Override
    public String hypothesis() {
        return "Expect virtual threads to cost hundreds of bytes each (heap) and platform threads tens of KB "
                + "(native stacks); a million cold wake-ups are slowed by the JIT (it compiles the sleep before any thread "
                + "has woken, so each waking thread is deoptimized) and by collections in an undersized heap, so warming "
                + "the wake-up path and sizing the heap help.";
    }

    @Override
    public boolean needsStubs() {
        return false;
    }

    @Override
    public List<CellSpec> plan(RunOptions options) {
        boolean quick = options.mode() == RunMode.QUICK;
        String heap = quick ? "1g" : "2g";
        int carriers = Runtime.getRuntime().availableProcessors();
        List<CellSpec> cells = new ArrayList<>();
        cells.add(cell(ThreadModel.PLATFORM_PER_TASK, carriers, platformCount, PLATFORM + ", default flags", List.of()));
        cells.add(cell(ThreadModel.VIRTUAL, carriers, virtualCount, "virtual, default heap", List.of()));
        List<String> sized = List.of("-Xms" + heap, "-Xmx" + heap);
        cells.add(cell(ThreadModel.VIRTUAL, carriers, virtualCount, "virtual, sized heap", sized));
        List<String> parallel = List.of("-Xms" + heap, "-Xmx" + heap, "-XX:+UseParallelGC");
        cells.add(cell(ThreadModel.VIRTUAL, carriers, virtualCount, "virtual, sized heap, ParallelGC", parallel));
        cells.add(cell(ThreadModel.VIRTUAL, carriers, virtualCount, "virtual, young gen holds all, ParallelGC",
                youngHoldsAll(virtualCount)));
        if (hugePagesOffered()) {
            cells.add(cell(ThreadModel.VIRTUAL, carriers, virtualCount, "virtual, young gen holds all, huge pages",
                    withHugePages(youngHoldsAll(virtualCount))));
        }
        cells.add(warmed(cell(ThreadModel.VIRTUAL, carriers, virtualCount, "virtual, " + WARMED, List.of())));
        cells.add(warmed(cell(ThreadModel.VIRTUAL, carriers, virtualCount, "virtual, young gen holds all, " + WARMED,
                youngHoldsAll(virtualCount))));
        int evidence = Math.min(virtualCount, DEOPT_EVIDENCE_THREADS);
        cells.add(counted(cell(ThreadModel.VIRTUAL, carriers, evidence, "virtual, cold, " + COUNTED, List.of())));
        cells.add(counted(warmed(cell(ThreadModel.VIRTUAL, carriers, evidence, "virtual, " + WARMED + ", " + COUNTED, List.of()))));
        cells.addAll(PerThreadCacheJudge.cells(carriers, virtualCount));
        return cells;
    }

    /**
     * A lever measured beside the others: a young generation large enough for every thread's stack
     * (about 1.8 KB each) so that no collection runs while they start, sleep and wake, on the Parallel
     * collector (no concurrent marking threads to share the cores with).
     */
    static List<String> youngHoldsAll(int threads) {
        long youngMb = Math.max(256, (long) Math.ceil(threads * 1.8 / 1024));
        long heapMb = youngMb + 700;
        return List.of("-Xms" + heapMb + "m", "-Xmx" + heapMb + "m", "-Xmn" + youngMb + "m", "-XX:+UseParallelGC");
    }

    /**
     * The same, with the heap on transparent huge pages (2 MB instead of 4 KB). Each wake-up thaws a
     * stack that was written long before, somewhere in a heap of gigabytes, so every one of a million
     * wake-ups misses the TLB; with huge pages far fewer do. A standalone probe here (1,000,000 sleepers,
     * ParallelGC, young generation holding all) finished in 6.3-8.2 s with them against 10.5-11.7 s
     * without, using 8-11 s of user CPU instead of 18-19 s. Planned only where the kernel offers them.
     */
    static List<String> withHugePages(List<String> options) {
        List<String> with = new ArrayList<>(options);
        with.add("-XX:+UseTransparentHugePages");
        return List.copyOf(with);
    }

    /** True when Linux offers transparent huge pages to a JVM that asks ({@code always} or {@code madvise}). */
    static boolean hugePagesOffered() {
        try {
            String mode = java.nio.file.Files.readString(java.nio.file.Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
            return mode.contains("[always]") || mode.contains("[madvise]");
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The lever's name: virtual threads run through a short sleep before the measured ones start ({@link WakeUpPathWarmUp}). */
    static final String WARMED = "wake-up path warmed";
    /** The evidence cells' name: JFR counts the deoptimizations (and slows the run). */
    static final String COUNTED = "deopts counted (JFR on)";
    /** Virtual threads per warm-up wave: enough that the JIT's profile of the sleep sees threads wake. */
    static final int WARM_UP_THREADS_PER_WAVE = 10_000;
    /** Threads in the evidence cells: enough for the JIT to compile the sleep while they start, few enough to be quick. */
    static final int DEOPT_EVIDENCE_THREADS = 100_000;

    private static CellSpec warmed(CellSpec spec) {
        return spec.withParam(MillionWorkload.WARM_WAKE_UPS, Integer.toString(WARM_UP_THREADS_PER_WAVE));
    }

    private static CellSpec counted(CellSpec spec) {
        return spec.withParam(MillionWorkload.COUNT_DEOPTS, "true");
    }

    private static CellSpec cell(ThreadModel model, int carriers, int count, String variant, List<String> jvmOptions) {
        return new CellSpec(MillionWorkload.NAME, model, carriers, 0, 1,
                Map.of("count", Integer.toString(count), "sleepMs", "1000", "variant", variant,
                        "flags", jvmOptions.isEmpty() ? "none" : String.join(" ", jvmOptions)), jvmOptions);
    }

    @Override
    public Duration cellTimeout(CellSpec spec) {
        return Duration.ofSeconds(180);
    }

    /** Virtual cells are judged by their start rate against the platform cell's. */
    @Override
    public List<CellResult> analyse(List<CellOutcome> outcomes) {
        List<CellResult> plain = Analysis.analyse(outcomes, comparison());
        Double platformRate = plain.stream().filter(c -> c.model() == ThreadModel.PLATFORM_PER_TASK && c.wallMs() != null)
                .findFirst().map(MillionScenario::startRate).orElse(null);
        return PerThreadCacheJudge.judge(plain.stream()
                .map(c -> c.extras().containsKey("case") ? c : labelled(judge(c, platformRate))).toList());
    }

    /** A virtual cell labelled by its variant ({@code virtual@2 sized heap}): three cells share model and carriers. */
    static CellResult labelled(CellResult cell) {
        if (cell.model() != ThreadModel.VIRTUAL || !(cell.extras().get("variant") instanceof String variant)) {
            return cell;
        }
        int comma = variant.indexOf(", ");
        return cell.withExtra(CellResult.LABEL_NOTE, comma < 0 ? variant : variant.substring(comma + 2));
    }

    /** Virtual cells' start rate (threads per second, higher is better) against the platform cell's. */
    static final Comparison START_RATE = Comparison.of(ThreadModel.PLATFORM_PER_TASK.id(), Metric.THROUGHPUT);

    static CellResult judge(CellResult cell, Double platformRate) {
        if (cell.wallMs() == null) {
            return cell;
        }
        double rate = startRate(cell);
        cell = cell.withExtra(CellResult.FIGURE, String.format(Locale.ROOT, "%,.0f", rate)).withExtra(CellResult.FIGURE_OF, "started/s");
        if (cell.model() == ThreadModel.PLATFORM_PER_TASK) {
            return cell.withJudgement(1.0, Verdict.BASELINE,
                    String.format(Locale.ROOT, "the baseline: %,.0f platform threads started per second", rate));
        }
        if (platformRate == null) {
            return cell.withJudgement(null, Verdict.INCONCLUSIVE, "no platform cell to compare with");
        }
        int n = cell.wallMs().n();
        Stats platform = new Stats(platformRate, platformRate, platformRate, n);
        Stats mine = new Stats(rate, rate, rate, n);
        double ratio = START_RATE.speedup(platform, mine);
        Verdict verdict = START_RATE.verdict(platform, mine);
        boolean single = n == 1;
        return cell.withJudgement(ratio, verdict, String.format(Locale.ROOT,
                "speedup here = start rate vs platform threads: %,.0f vs %,.0f threads/s%s", rate, platformRate,
                single && verdict == Verdict.INCONCLUSIVE ? " from one repetition each: a difference, not a verdict" : ""));
    }

    /** Threads started per second, from the cell's own measurements. */
    static double startRate(CellResult cell) {
        return measured(cell).startRate();
    }

    /** What the cell's child measured, read back into its record. */
    static MillionMeasurement measured(CellResult cell) {
        return cell.extrasAs(MillionMeasurement.class);
    }

    @Override
    public String picture(ScenarioResult result) {
        return MillionNotes.render(result.cells(), CgroupFiles.system());
    }
}
