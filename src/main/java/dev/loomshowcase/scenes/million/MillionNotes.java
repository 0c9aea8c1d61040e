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

    private static final String ROW = "%-41s %8s %7s %7s %8s %8s %9s%n";

    private MillionNotes() {
    }

    static String render(List<CellResult> cells, CgroupFiles limits) {
        StringBuilder out = new StringBuilder("\n");
        out.append(String.format(Locale.ROOT, ROW, "variant", "threads", "start", "finish", "heap/thr", "RSS/thr", "GCs/time"));
        List<CellResult> measured = cells.stream().filter(c -> c.wallMs() != null).toList();
        List<MillionMeasurement> rows = measured.stream().map(MillionScenario::measured).toList();
        for (MillionMeasurement m : rows) {
            out.append(String.format(Locale.ROOT, ROW, m.variant(),
                    String.format(Locale.ROOT, "%,.0f", (double) m.threads()),
                    String.format(Locale.ROOT, "%.0f ms", m.startMs()),
                    String.format(Locale.ROOT, "%.0f ms", m.finishMs()),
                    bytes(m.heapBytesPerThread()), bytes(m.rssBytesPerThread()),
                    String.format(Locale.ROOT, "%.0f/%.0fms", (double) m.gcCount(), (double) m.gcMs())));
        }
        rows.forEach(m -> out.append(String.format(Locale.ROOT, "  %s: JVM flags: %s%n", m.variant(), m.flags())));
        rows.stream().filter(m -> m.wakeUp() != null).forEach(m -> out.append(wakeRow(m)));
        out.append("  start = time to start them all; finish = until all joined (each sleeps 1 s);\n"
                + "  per-thread memory = heap / resident-set growth while they started, divided by the count.\n");
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
        List<MillionMeasurement> virtual = rows.stream().filter(m -> "virtual".equals(m.kind())).toList();
        if (platform.isEmpty() || virtual.isEmpty()) {
            return List.of("not every variant was measured; no comparison.");
        }
        MillionMeasurement p = platform.get();
        MillionMeasurement v = virtual.getFirst();
        MillionMeasurement fastest = virtual.stream().min(Comparator.comparingDouble(MillionMeasurement::finishMs)).orElseThrow();
        return List.of(
                String.format(Locale.ROOT, "memory: a virtual thread took ~%s of heap; a platform thread ~%s of resident memory "
                        + "(its stack is native memory, outside the heap).", bytes(v.heapBytesPerThread()), bytes(p.rssBytesPerThread())),
                String.format(Locale.ROOT, "start rate: %,.0f virtual vs %,.0f platform threads per second (%.1fx).",
                        v.startRate(), p.startRate(), v.startRate() / p.startRate()),
                wakeUps(v),
                levers(v, virtual, repetitions(cells)),
                String.format(Locale.ROOT, "fastest here: '%s' (flags: %s), finish %.0f ms vs %.0f ms with the default heap (%s).",
                        fastest.variant(), fastest.flags(), fastest.finishMs(), v.finishMs(),
                        flagsVerdict(fastest == v, v.finishMs() / fastest.finishMs(), repetitions(cells))));
    }

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
