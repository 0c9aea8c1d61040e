package dev.loomshowcase.scenes.calculateall;


/**
 * The seed's CPU-bound unit of work: the naive recursive Fibonacci, whose cost grows by the golden
 * ratio with each step of n and which needs no memory, so it measures the CPU and nothing else.
 */
public final class Fibonacci {

    /** Growth of the recursive call's cost per step of n: the golden ratio. */
    public static final double GROWTH = (1 + Math.sqrt(5)) / 2;

    /** The largest n this project accepts; fib(60) would run for hours, recursively. */
    public static final int MAX_N = 60;

    private Fibonacci() {
    }

    /** fib(n) in linear time, to check what the recursive version computed. */
    public static long iterative(int n) {
        long previous = 0;
        long current = 1;
        for (int i = 0; i < n; i++) {
            long next = previous + current;
            previous = current;
            current = next;
        }
        return previous;
    }

    /** Throws when n is outside 1..{@link #MAX_N}, naming the range. */
    public static int requireValidN(int n) {
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("n must be within 1.." + MAX_N + ", was " + n);
        }
        return n;
    }
}
