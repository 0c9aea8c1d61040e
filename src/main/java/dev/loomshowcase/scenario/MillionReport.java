package dev.loomshowcase.scenario;

import dev.loomshowcase.engine.CellResult;
import dev.loomshowcase.observe.CgroupFiles;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.loomshowcase.scenario.MillionScenario.number;

/** The million scene's picture: one row per variant, the OS limits, and what the numbers say. */
final class MillionReport {

    private static final String ROW = "%-31s %8s %7s %7s %8s %8s %9s%n";

    private MillionReport() {
    }

    static String render(List<CellResult> cells, CgroupFiles limits) {
        StringBuilder out = new StringBuilder("\n");
        out.append(String.format(Locale.ROOT, ROW, "variant", "threads", "start", "finish", "heap/thr", "RSS/thr", "GCs/time"));
        List<CellResult> measured = cells.stream().filter(c -> c.wallMs() != null).toList();
        for (CellResult c : measured) {
            out.append(String.format(Locale.ROOT, ROW, c.extras().get("variant"),
                    String.format(Locale.ROOT, "%,.0f", number(c, "threads")),
                    String.format(Locale.ROOT, "%.0f ms", number(c, "startMs")),
                    String.format(Locale.ROOT, "%.0f ms", number(c, "finishMs")),
                    bytes(number(c, "heapBytesPerThread")), bytes(number(c, "rssBytesPerThread")),
                    String.format(Locale.ROOT, "%.0f/%.0fms", number(c, "gcCount"), number(c, "gcMs"))));
        }
        measured.forEach(c -> out.append(String.format(Locale.ROOT, "  %s: JVM flags: %s%n", c.extras().get("variant"), c.extras().get("flags"))));
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
        Optional<CellResult> platform = cells.stream().filter(c -> "platform".equals(c.extras().get("kind"))).findFirst();
        List<CellResult> virtual = cells.stream().filter(c -> "virtual".equals(c.extras().get("kind"))).toList();
        if (platform.isEmpty() || virtual.isEmpty()) {
            return List.of("not every variant was measured; no comparison.");
        }
        CellResult p = platform.get();
        CellResult v = virtual.getFirst();
        CellResult fastest = virtual.stream().min(Comparator.comparingDouble(c -> number(c, "finishMs"))).orElseThrow();
        return List.of(
                String.format(Locale.ROOT, "memory: a virtual thread took ~%s of heap; a platform thread ~%s of resident memory "
                        + "(its stack is native memory, outside the heap).", bytes(number(v, "heapBytesPerThread")), bytes(number(p, "rssBytesPerThread"))),
                String.format(Locale.ROOT, "start rate: %,.0f virtual vs %,.0f platform threads per second (%.1fx).",
                        MillionScenario.startRate(v), MillionScenario.startRate(p), MillionScenario.startRate(v) / MillionScenario.startRate(p)),
                String.format(Locale.ROOT, "wake-ups: with the default heap the threads woke %.0f ms late (median), "
                                + "%.0f ms (p99), %.0f ms (max) after their 1 s sleep: timers firing, then a wait for a free "
                                + "carrier; %.0f collections took %.0f ms of it.",
                        number(v, "oversleepMedianMs"), number(v, "oversleepP99Ms"), number(v, "oversleepMaxMs"),
                        number(v, "gcCount"), number(v, "gcMs")),
                String.format(Locale.ROOT, "fastest here: '%s' (flags: %s), finish %.0f ms vs %.0f ms with the default heap (%s).",
                        fastest.extras().get("variant"), fastest.extras().get("flags"), number(fastest, "finishMs"), number(v, "finishMs"),
                        fastest == v ? "the flags did not help on this run" : "flags that help, measured"));
    }

    static String bytes(double b) {
        return b >= 10_240 ? String.format(Locale.ROOT, "%.1f KB", b / 1024) : String.format(Locale.ROOT, "%.0f B", b);
    }
}
