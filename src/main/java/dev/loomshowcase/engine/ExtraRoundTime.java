package dev.loomshowcase.engine;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The wall time a whole run allows for extra rounds, shared by its scenarios. The main job promises
 * about three minutes: the rounds one scenario spends settling a verdict must leave less for the next,
 * or three scenarios each within their own budget overrun it together. A scenario's own budget
 * ({@link RoundPolicy#budget()}) still applies inside it. Thread-safe.
 */
public final class ExtraRoundTime {

    private static final ExtraRoundTime UNLIMITED = new ExtraRoundTime(null);

    private final Duration total;
    private final AtomicLong leftNanos;

    private ExtraRoundTime(Duration total) {
        this.total = total;
        this.leftNanos = new AtomicLong(total == null ? Long.MAX_VALUE : total.toNanos());
    }

    /** No limit beyond each scenario's own budget: a scenario run alone. */
    public static ExtraRoundTime unlimited() {
        return UNLIMITED;
    }

    /** At most {@code total} of extra rounds, all scenarios together. */
    public static ExtraRoundTime of(Duration total) {
        if (total.isNegative()) {
            throw new IllegalArgumentException("the time for extra rounds cannot be negative: " + total);
        }
        return new ExtraRoundTime(total);
    }

    /** True when a round estimated to take {@code next} still fits in what is left. */
    boolean affords(Duration next) {
        return leftNanos.get() >= next.toNanos();
    }

    /** Takes what an extra round took from what is left. */
    void spend(Duration spent) {
        if (total != null) {
            leftNanos.addAndGet(-spent.toNanos());
        }
    }

    /** True when this is a shared limit, not {@link #unlimited()}. */
    boolean limited() {
        return total != null;
    }

    /** The shared limit (zero when unlimited, which {@link #limited()} tells apart). */
    Duration total() {
        return total == null ? Duration.ZERO : total;
    }

    /** What is left of it, never below zero. */
    Duration left() {
        return Duration.ofNanos(Math.max(0, leftNanos.get()));
    }
}
