package dev.loomshowcase.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers as a reader can read them at any size: durations in µs below a millisecond (a 42 µs cell
 * is not "0 ms"), speedups with enough digits to tell 0.004x from 0.
 */
public final class Units {

    private Units() {
    }

    /** A duration given in ms: {@code 58 ns}, {@code 42 µs}, {@code 1.7 ms}, {@code 105 ms}, {@code 2.31 s}. */
    public static String duration(double ms) {
        if (ms < 0.001) {
            return String.format(Locale.ROOT, "%.0f ns", ms * 1_000_000);
        }
        if (ms < 0.01) {
            return String.format(Locale.ROOT, "%.1f µs", ms * 1000);
        }
        if (ms < 1) {
            return String.format(Locale.ROOT, "%.0f µs", ms * 1000);
        }
        if (ms < 10) {
            return String.format(Locale.ROOT, "%.1f ms", ms);
        }
        if (ms < 10_000) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        return String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }

    /** A range of durations in one unit where they share it: {@code 98..105 ms}, else {@code 205 µs..84 ms}. */
    public static String range(double minMs, double maxMs) {
        String min = duration(minMs);
        String max = duration(maxMs);
        String unit = max.substring(max.indexOf(' '));
        return min.endsWith(unit) ? min.substring(0, min.length() - unit.length()) + ".." + max : min + ".." + max;
    }

    /** A speedup with two decimals, or two significant digits below 0.1x: {@code 1.47x}, {@code 0.0042x}. */
    public static String speedup(double x) {
        if (x >= 0.1 || x <= 0) {
            return String.format(Locale.ROOT, "%.2fx", x);
        }
        return new BigDecimal(x).round(new MathContext(2)).stripTrailingZeros().toPlainString() + "x";
    }
}
