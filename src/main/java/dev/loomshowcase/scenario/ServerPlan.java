package dev.loomshowcase.scenario;

import java.time.Duration;
import java.util.List;

/**
 * How much load each mode of the {@code server} scenario applies. Quick runs shorten the downstream
 * delay (the mode's delay scale) and so raise the request rate per client: they use fewer levels, or
 * the 2 shared cores, not the thread model, would set the numbers.
 */
final class ServerPlan {

    private ServerPlan() {
    }

    /** Concurrency levels, one pair of cells each. */
    static List<Integer> levels(RunMode mode) {
        return mode == RunMode.QUICK ? List.of(10, 100) : List.of(10, 100, 1000);
    }

    /** Load before measuring: connections opened, JIT warm. */
    static Duration warmup(RunMode mode) {
        return mode == RunMode.QUICK ? Duration.ofSeconds(2) : Duration.ofSeconds(4);
    }

    /**
     * The measured window of one repetition: long enough that a request slowed to a few seconds on a
     * busy machine still completes inside it (a 1.5 s window measured here once got no answer at all).
     */
    static Duration window(RunMode mode) {
        return mode == RunMode.QUICK ? Duration.ofMillis(2500) : mode == RunMode.THOROUGH ? Duration.ofSeconds(20) : Duration.ofSeconds(5);
    }

    /**
     * Three windows in every mode: a verdict needs the ranges of both cells clear of each other, and
     * one window has no range (its min = max would turn any ratio of 1.10x into "helps").
     */
    static int repetitions(RunMode mode) {
        return 3;
    }
}
