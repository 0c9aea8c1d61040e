package dev.loomshowcase.engine;

import java.util.Arrays;
import java.util.Collection;

/**
 * Median, minimum and maximum of a set of measurements, and how many there were ({@code n}, 0 when unknown): the spread is always shown next to the
 * median, because on a shared 2-core machine a median alone over-states what is known.
 */
public record Stats(double median, double min, double max, int n) {

    /** Statistics whose count of values is not known ({@code n} = 0). */
    public Stats(double median, double min, double max) {
        this(median, min, max, 0);
    }

    public Stats {
        if (!(min <= median && median <= max)) {
            throw new IllegalArgumentException("need min <= median <= max, got " + min + ", " + median + ", " + max);
        }
    }

    /** Statistics of the given values; the median of an even count is the mean of the middle two. */
    public static Stats of(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to summarise");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(median, sorted[0], sorted[n - 1], n);
    }

    /** Convenience for literal values, mostly in tests. */
    public static Stats of(double... values) {
        return of(Arrays.stream(values).boxed().toList());
    }

    /** True when this summarises a single value (one repetition, one window): its range shows no noise at all. */
    public boolean single() {
        return n == 1;
    }

    /** True when the two [min, max] ranges share any value. */
    public boolean overlaps(Stats other) {
        return min <= other.max && other.min <= max;
    }

    /** (max - min) / median: how wide the spread is relative to the typical value. */
    public double relativeSpread() {
        return median == 0 ? 0 : (max - min) / median;
    }
}
