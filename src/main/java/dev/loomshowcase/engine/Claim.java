package dev.loomshowcase.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A sentence the showcase prints as a finding, with the numbers and thresholds it rests on: a claim is
 * data, its text is rendered from it, and a claim whose evidence does not hold is never rendered
 * ({@link #firstHolding}: the sentence the numbers do support is printed instead).
 *
 * {@snippet :
 * Claim waits = Claim.of("waits overlap (CPU 5%)",
 *         Evidence.at("cpu share", "/scenarios/0/cells/1/cpuShare", 0.05, Op.LT, Bands.BUSY));
 * waits.holds(); // true: 0.05 < 0.5
 * }
 *
 * @param text     the sentence as printed
 * @param evidence every comparison the sentence rests on; all must hold
 */
@JsonPropertyOrder({"text", "evidence"})
public record Claim(String text, List<Evidence> evidence) {

    public Claim {
        evidence = List.copyOf(evidence);
    }

    public static Claim of(String text, Evidence... evidence) {
        return new Claim(text, Arrays.asList(evidence));
    }

    /** True when the claim has evidence and every comparison of it holds. */
    public boolean holds() {
        return !evidence.isEmpty() && evidence.stream().allMatch(Evidence::holds);
    }

    /** The same claim with more evidence. */
    public Claim and(Evidence... more) {
        List<Evidence> all = new java.util.ArrayList<>(evidence);
        all.addAll(Arrays.asList(more));
        return new Claim(text, all);
    }

    /** The same evidence under another text (e.g. the cell's row named in front). */
    public Claim withText(String newText) {
        return new Claim(newText, evidence);
    }

    /** The first candidate whose evidence holds: the sentence the numbers support. */
    public static Optional<Claim> firstHolding(List<Claim> candidates) {
        return candidates.stream().filter(Claim::holds).findFirst();
    }

    /** A comparison operator of the report's claims. */
    public enum Op {
        LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String symbol() {
            return symbol;
        }

        public boolean test(double value, double bound) {
            return switch (this) {
                case LT -> value < bound;
                case LE -> value <= bound;
                case GT -> value > bound;
                case GE -> value >= bound;
            };
        }

        /** The operator written as in report.json. */
        public static Op of(String symbol) {
            return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("not an operator: " + symbol));
        }
    }

    /**
     * One comparison: a measured number (at a JSON Pointer into the same report, or the ratio of two)
     * against a threshold from {@link Bands}.
     *
     * @param name  what the number is, e.g. {@code cpu share}
     * @param at    RFC 6901 pointer to the number; null when {@code ratio} is given
     * @param ratio two pointers, value = first / second; null when {@code at} is given
     * @param op    the comparison
     * @param bound the threshold
     * @param value the number as computed when the claim was made
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "at", "ratio", "op", "bound", "value"})
    public record Evidence(String name, String at, List<String> ratio, Op op, double bound, double value) {

        public Evidence {
            if ((at == null) == (ratio == null)) {
                throw new IllegalArgumentException("evidence needs either 'at' or 'ratio': " + name);
            }
            ratio = ratio == null ? null : List.copyOf(ratio);
        }

        public static Evidence at(String name, String pointer, double value, Op op, double bound) {
            return new Evidence(name, pointer, null, op, bound, value);
        }

        public static Evidence ratio(String name, String numerator, String denominator, double value, Op op, double bound) {
            return new Evidence(name, null, List.of(numerator, denominator), op, bound, value);
        }

        @JsonIgnore
        public boolean holds() {
            return Double.isFinite(value) && op.test(value, bound);
        }

        /** E.g. {@code cpu share 0.05 < 0.5}. */
        public String describe() {
            return String.format(Locale.ROOT, "%s %s %s %s", name, number(value), op.symbol(), number(bound));
        }

        static String number(double v) {
            return Math.abs(v) >= 100 || v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v)
                    : String.format(Locale.ROOT, "%.4g", v);
        }
    }
}
