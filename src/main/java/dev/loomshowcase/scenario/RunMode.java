package dev.loomshowcase.scenario;

/**
 * How long to measure: a first look, the default, or numbers good enough for a stage.
 *
 * @param warmups     repetitions thrown away per cell (JIT, class loading, connection set-up)
 * @param repetitions repetitions measured per cell
 * @param delayScale  factor on the stubs' delays and comparable work sizes (quick runs shorten them)
 */
public record RunMode(String name, int warmups, int repetitions, double delayScale) {

    /** A first look in well under a minute: 200 ms delays, 3 repetitions. */
    public static final RunMode QUICK = new RunMode("quick", 1, 3, 0.2);
    /** The default: the seed's 1 s delays, 5 repetitions. */
    public static final RunMode STANDARD = new RunMode("standard", 1, 5, 1.0);
    /** Talk-quality numbers: 1 s delays, 3 warm-ups, 10 repetitions. */
    public static final RunMode THOROUGH = new RunMode("thorough", 3, 10, 1.0);
}
