package dev.loomshowcase.engine;

/**
 * Every threshold a sentence or verdict of the showcase rests on, in one place next to
 * {@link VerdictRule}: scenarios and the report read them here instead of writing their own.
 */
public final class Bands {

    /**
     * A CPU share (CPU time / wall time / min(carriers, cores)) at or above this means the carriers
     * were mostly computing; below it, mostly waiting.
     */
    public static final double BUSY = 0.5;
    /** Cores kept busy at once (CPU time / wall time) from which work ran in parallel. */
    public static final double PARALLEL = 1.25;
    /** The seed's "much faster": at least this speedup. */
    public static final double MUCH_FASTER = 2.0;
    /** The seed's "faster" and "somewhat faster": at least this speedup; below it, "same or slower". */
    public static final double FASTER = 1.10;
    /** A speedup more than this factor above a scenario's stated ceiling means its baseline was disturbed. */
    public static final double CEILING_SLACK = 1.05;
    /** A spread (max - min) wider than this share of the median makes a median alone hard to trust. */
    public static final double WIDE_SPREAD = 0.25;
    /** Share of Little's bound (concurrency / delay) from which a server keeps up, and a pool is capped by the bound. */
    public static final double KEEPS_UP = 0.8;
    /** Repeated measurements of a speedup that stay within this share of each other "hold". */
    public static final double HOLDS_WITHIN = 0.10;

    // --- cores and carriers

    /** Cores kept busy at once from which a run on one carrier would have looked clearly parallel (trap 1 holds). */
    public static final double CLEARLY_PARALLEL = 1.5;
    /** A CPU share (CPU time / wall time / carriers) above this means the process worked well outside its carriers (JIT, GC). */
    public static final double BEYOND_CARRIERS = 1.3;
    /** A cell shorter than this (ms per repetition) is too short for its CPU share to explain it: JIT and GC weigh as much as the work. */
    public static final double CPU_READABLE_MS = 1.0;
    /** A CPU-bound sequential cell busy less than this share of its one thread was starved by other load. */
    public static final double STARVED = 0.85;
    /** Two cells' CPU shares this many times apart mean they did not run on equal terms. */
    public static final double UNEQUAL_CPU = 1.5;
    /** Machine-wide (or this JVM's) CPU busy share from which the cores count as full. */
    public static final double CPU_FULL = 0.9;
    /** A thread that waited more than this share of its wall time for a core means the machine was busy. */
    public static final double RUN_QUEUE_BUSY = 0.10;
    /** A task busy at most this share of its time alone is I/O-bound. */
    public static final double IO_BOUND_AT = 0.30;
    /** A task busy at least this share of its time alone is CPU-bound. */
    public static final double CPU_BOUND_AT = 0.60;

    // --- comparisons of two cells of one run

    /** Two figures of one run, one cell each, differ clearly beyond this ratio (below it: too close to call). */
    public static final double CLEARLY_APART = 1.15;
    /** "100x faster" holds from this speedup on (trap 3). */
    public static final double NEAR_HUNDRED = 50;
    /** A pitfall bit when its case took at least this many times its fixed twin (ranges apart). */
    public static final double PITFALL_BITES = 1.5;
    /** A pitfall case within this factor of its twin (either way) did not bite. */
    public static final double PITFALL_SAME = 1.25;
    /** Three waits took less than this many single calls: they overlapped into one. */
    public static final double OVERLAPPED_CALLS = 1.5;
    /** Three waits took at least this many single calls: they did not overlap. */
    public static final double SERIAL_CALLS = 2.5;
    /** One task's latency this many times another's median means the two were served in clearly different orders. */
    public static final double LATENCY_APART = 1.3;
    /** A median latency at or beyond this share of its batch's time means most items finished near the batch's end. */
    public static final double NEAR_BATCH_END = 0.75;
    /** Linux's default base slice (EEVDF/CFS), ms: work shorter than this mostly runs to completion in one turn. */
    public static final double OS_TIME_SLICE_MS = 3.0;
    /** A per-thread copy shows when the heap per thread differs by at least this share of the copied object. */
    public static final double COPY_SHOWN = 0.5;

    // --- servers and pools

    /** The stubs keep up while their probed median stays within this share above their configured delay. */
    public static final double STUB_SLACK = 0.25;
    /**
     * An open-model rate is sustained (the knee) while its p99, counted from the intended starts, stays
     * under this multiple of the downstream delay, with no errors.
     */
    public static final double KNEE_P99_DELAYS = 2.0;
    /** An open-model generator that starts requests more than this late at p99 (ms) fell behind its schedule. */
    public static final double GENERATOR_LAG_MS = 10.0;
    /** An open-model generator that started less than (1 - this) of the offered rate could not schedule it. */
    public static final double RATE_SLACK = 0.10;

    private Bands() {
    }

    /** The seed's words for a speedup, by size. */
    public enum Speedup {
        MUCH_FASTER("much faster"), FASTER("faster"), SAME_OR_SLOWER("same or slower");

        private final String words;

        Speedup(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** The band a measured speedup falls in. */
        public static Speedup of(double speedup) {
            return speedup >= Bands.MUCH_FASTER ? MUCH_FASTER : speedup >= Bands.FASTER ? FASTER : SAME_OR_SLOWER;
        }

        /** The band the seed's words name: "Much faster", "Faster", "Somewhat faster", "Same or slower", "Slower". */
        public static Speedup ofSeedWords(String seedWords) {
            String words = seedWords.toLowerCase(java.util.Locale.ROOT);
            if (words.startsWith("much faster")) {
                return MUCH_FASTER;
            }
            return words.contains("faster") && !words.contains("same or") ? FASTER : SAME_OR_SLOWER;
        }
    }
}
