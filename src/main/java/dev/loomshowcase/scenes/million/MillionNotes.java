package dev.loomshowcase.scenes.million;

import dev.loomshowcase.engine.Bands;
import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.engine.Units;
import dev.loomshowcase.observe.CgroupFiles;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The million scene's picture: one row per variant, the OS limits, and what the numbers say. */
final class MillionNotes {

    /** A table row: the variant column as wide as the longest variant's name. */
    private static String row(int variantWidth) {
        return "%-" + variantWidth + "s %9s %7s %7s %8s %8s %9s%n";
    }

    private MillionNotes() {
    }

    static String render(List<CellResult> cells, CgroupFiles limits) {
        StringBuilder out = new StringBuilder("\n");
        List<CellResult> measured = cells.stream().filter(c -> c.wallMs() != null).toList();
        List<MillionMeasurement> rows = measured.stream().map(MillionScenario::measured).toList();
        String row = row(rows.stream().mapToInt(m -> String.valueOf(m.variant()).length()).max().orElse(0));
        out.append(String.format(Locale.ROOT, row, "variant", "threads", "start", "finish", "heap/thr", "RSS/thr", "GCs/time"));
        for (MillionMeasurement m : rows) {
            out.append(String.format(Locale.ROOT, row, m.variant(),
                    String.format(Locale.ROOT, "%,.0f", (double) m.threads()),
                    String.format(Locale.ROOT, "%.0f ms", m.startMs()),
                    String.format(Locale.ROOT, "%.0f ms", m.finishMs()),
                    bytes(m.heapBytesPerThread()), bytes(m.rssBytesPerThread()),
                    String.format(Locale.ROOT, "%.0f/%.0fms", (double) m.gcCount(), (double) m.gcMs())));
        }
        rows.forEach(m -> out.append(String.format(Locale.ROOT, "  %s: JVM flags: %s%s%n", m.variant(), m.flags(), warmUp(m))));
        rows.stream().filter(m -> m.wakeUp() != null).forEach(m -> out.append(wakeRow(m)));
        out.append("  start = time to start them all; finish = until all joined (each sleeps 1 s);\n"
                + "  per-thread memory = heap / resident-set growth while they started, divided by the count;\n"
                + "  '" + MillionScenario.COUNTED + "' rows run with a JFR recording, which slows them: evidence, not levers.\n");
        out.append(osLimits(limits));
        findings(measured).forEach(line -> out.append("=> ").append(line).append('\n'));
        PerThreadCacheJudge.finding(measured).ifPresent(line -> out.append("=> ").append(line).append('\n'));
        return out.toString();
    }

    static String osLimits(CgroupFiles limits) {
        return String.format(Locale.ROOT, "OS thread limits here: ulimit -u %s, kernel threads-max %s, cgroup pids.max %s.%n"
                        + "  Platform threads are capped at %,d (at most a quarter of the smallest); the limit is never probed.%n",
                limits.maxUserProcesses().orElse("n/a"), limits.threadsMax().orElse("n/a"), limits.pidsMax().orElse("none"),
                MillionScenario.platformCap(limits.smallestThreadLimit()));
    }

    /** Sentences computed from the rows: memory per thread, start rate, and what slowed the virtual runs. */
    static List<String> findings(List<CellResult> cells) {
        List<MillionMeasurement> rows = cells.stream().map(MillionScenario::measured).toList();
        Optional<MillionMeasurement> platform = rows.stream().filter(m -> "platform".equals(m.kind())).findFirst();
        List<MillionMeasurement> virtual = rows.stream().filter(m -> "virtual".equals(m.kind()) && !m.counted()).toList();
        if (platform.isEmpty() || virtual.isEmpty()) {
            return List.of("not every variant was measured; no comparison.");
        }
        MillionMeasurement p = platform.get();
        MillionMeasurement v = virtual.getFirst();
        MillionMeasurement fastest = virtual.stream().min(Comparator.comparingDouble(MillionMeasurement::finishMs)).orElseThrow();
        List<String> findings = new java.util.ArrayList<>(List.of(
                String.format(Locale.ROOT, "memory: a virtual thread took ~%s of heap; a platform thread ~%s of resident memory "
                        + "(its stack is native memory, outside the heap).", bytes(v.heapBytesPerThread()), bytes(p.rssBytesPerThread())),
                String.format(Locale.ROOT, "start rate: %,.0f virtual vs %,.0f platform threads per second (%.1fx).",
                        v.startRate(), p.startRate(), v.startRate() / p.startRate()),
                wakeUps(v),
                levers(v, virtual, repetitions(cells))));
        deoptimizations(rows).ifPresent(findings::add);
        findings.add(String.format(Locale.ROOT, "fastest here: '%s' (flags: %s%s), finish %.0f ms vs %.0f ms with the default heap (%s).",
                fastest.variant(), fastest.flags(), warmUp(fastest), fastest.finishMs(), v.finishMs(),
                flagsVerdict(fastest == v, v.finishMs() / fastest.finishMs(), repetitions(cells))));
        return findings;
    }

    /** The warm-up a variant ran before its clock started, or nothing. */
    static String warmUp(MillionMeasurement m) {
        return m.warmUpThreads() == 0 ? "" : String.format(Locale.ROOT, "; first %,d threads slept %d ms in %d waves (%.0f ms, before the clock)",
                (long) m.warmUpThreads(), WakeUpPathWarmUp.SLEEP_MS, WakeUpPathWarmUp.WAVES, m.warmUpMs());
    }

    /**
     * What JFR counted in the two evidence cells, cold and warmed, and, only when the counts and the
     * carriers' CPU per wake-up show it, that the cold wake-ups were deoptimizations.
     */
    static Optional<String> deoptimizations(List<MillionMeasurement> rows) {
        Optional<MillionMeasurement> cold = rows.stream().filter(m -> m.counted() && m.warmUpThreads() == 0).findFirst();
        Optional<MillionMeasurement> warm = rows.stream().filter(m -> m.counted() && m.warmUpThreads() > 0).findFirst();
        if (cold.isEmpty() || warm.isEmpty()) {
            return Optional.empty();
        }
        MillionMeasurement c = cold.get();
        MillionMeasurement w = warm.get();
        String text = String.format(Locale.ROOT, "deoptimizations (JFR on, %,d threads each): cold %,d, of them %,d of %s "
                        + "(%.0f per 100 wake-ups); with the wake-up path warmed first %,d",
                (long) c.threads(), c.deoptimizations().total(), c.deoptimizations().mostCount(), String.valueOf(c.deoptimizations().mostMethod()),
                100.0 * c.deoptimizations().mostCount() / c.threads(), w.deoptimizations().total());
        double coldUs = c.wakeUp() == null ? Double.NaN : c.wakeUp().wakeCarrierCpuUsPerThread();
        double warmUs = w.wakeUp() == null ? Double.NaN : w.wakeUp().wakeCarrierCpuUsPerThread();
        text += String.format(Locale.ROOT, "; carriers' CPU per wake-up %.1f µs cold, %.1f µs warmed", coldUs, warmUs);
        boolean shown = c.deoptimizations().mostCount() >= DEOPTS_SHOW_CAUSE * c.threads()
                && w.deoptimizations().total() * 10 <= c.deoptimizations().total() && coldUs >= Bands.UNEQUAL_CPU * warmUs;
        return Optional.of(text + (shown ? String.format(Locale.ROOT, ". So the cold wake-ups' cost was deoptimization: the JIT "
                + "compiled %s while the threads were starting and none had yet woken, so leaving the sleep was a trap in "
                + "that code, and the threads that woke into it fell back to the interpreter one by one; threads that "
                + "wake first, before the crowd starts, give the JIT the path.", c.deoptimizations().mostMethod())
                : ". The counts do not show deoptimization as the wake-ups' cost here."));
    }

    /** Deoptimizations of one method per waking thread from which they are named the wake-up's cost. */
    static final double DEOPTS_SHOW_CAUSE = 0.10;

    /** One variant's wake-up in one line: where the carriers' time went, and the other threads' CPU. */
    static String wakeRow(MillionMeasurement m) {
        WakeUpSplit w = m.wakeUp();
        return String.format(Locale.ROOT, "  wake-up, %s: %.0f ms; carriers CPU %.0f ms (%.1f µs/thread), waiting for a core %.0f ms, "
                        + "idle %.0f ms; timer thread %.0f ms, GC threads %.0f ms, collections %.0f ms%n", m.variant(), w.wakeWallMs(),
                w.wakeCarrierCpuMs(), w.wakeCarrierCpuUsPerThread(), w.wakeCarrierQueuedMs(), w.wakeCarrierIdleMs(),
                w.wakeTimerCpuMs(), w.wakeGcCpuMs(), w.wakeGcPauseMs());
    }

    /** Each lever (every virtual variant but the default heap) against the default: finish time, and whether it helped. */
    static String levers(MillionMeasurement base, List<MillionMeasurement> virtual, int repetitions) {
        StringBuilder text = new StringBuilder("levers against the default heap's finish (" + String.format(Locale.ROOT, "%.0f ms", base.finishMs()) + "):");
        for (MillionMeasurement m : virtual) {
            if (m == base) {
                continue;
            }
            double gain = base.finishMs() / m.finishMs();
            String effect = gain >= Bands.FASTER ? "helped" : gain <= 1 / Bands.FASTER ? "hurt" : "no clear effect";
            text.append(String.format(Locale.ROOT, " '%s' %.0f ms, %s (%s)", m.variant(), m.finishMs(), Units.speedup(gain), effect))
                    .append(';');
        }
        text.setLength(text.length() - 1);
        return text + (repetitions < 2 ? " (one repetition each: differences on this run, not yet measured gains)." : ".");
    }

    /** How late the default-heap threads woke, and where their wake-up went, as measured ({@link WakeUpSplit}). */
    static String wakeUps(MillionMeasurement v) {
        String late = String.format(Locale.ROOT, "wake-ups: with the default heap the threads woke %.0f ms late (median), "
                + "%.0f ms (p99), %.0f ms (max) after their 1 s sleep, and %.0f collections took %.0f ms of the run; ",
                v.oversleepMedianMs(), v.oversleepP99Ms(), v.oversleepMaxMs(), (double) v.gcCount(), (double) v.gcMs());
        return late + (v.wakeUp() == null ? "where that time went was not measured." : v.wakeUp().describe());
    }

    /**
     * Whether the flags helped, from the numbers: "flags that help" only with more than one repetition
     * per variant and a gain of at least {@link Bands#FASTER}; a single run is shown, not judged.
     */
    static String flagsVerdict(boolean defaultFastest, double gain, int repetitions) {
        if (defaultFastest) {
            return "the flags did not help on this run";
        }
        if (repetitions < 2) {
            return String.format(Locale.ROOT, "%s from one repetition per variant: a difference, not yet a measured gain",
                    Units.speedup(gain));
        }
        return gain >= Bands.FASTER ? String.format(Locale.ROOT, "flags that help, measured: %s", Units.speedup(gain))
                : String.format(Locale.ROOT, "%s, within the %s no-effect band: no clear gain", Units.speedup(gain),
                        Units.speedup(Bands.FASTER));
    }

    /** The fewest repetitions any measured cell had (0 when unknown). */
    static int repetitions(List<CellResult> cells) {
        return cells.stream().filter(c -> c.wallMs() != null).mapToInt(c -> c.wallMs().n()).min().orElse(0);
    }

    static String bytes(double b) {
        return b >= 10_240 ? String.format(Locale.ROOT, "%.1f KB", b / 1024) : String.format(Locale.ROOT, "%.0f B", b);
    }
}
