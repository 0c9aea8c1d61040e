package dev.loomshowcase.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order in which a scenario's child JVMs run: in rounds, fork {@code r} of every cell in round
 * {@code r}, each round in a shuffled order drawn from a printed seed. Drift on a shared machine (a
 * compile next door, a warming CPU) then falls on every model alike instead of always on the same
 * one, and a cell measured in several rounds shows how far its speedup moved.
 *
 * @param seed the seed of the shuffles; the same seed gives the same order
 */
public record Rounds(long seed) {

    /** Extra: per fork (round), the median wall time of that fork's repetitions, ms. */
    public static final String ROUND_MEDIANS = "roundMediansMs";
    /** Extra: how many rounds (child JVMs) a cell measured in rounds took. */
    public static final String ROUNDS = "rounds";
    /** Extra: why a cell took more rounds than planned, in words built from its per-round speedups. */
    public static final String ROUNDS_WHY = "roundsWhy";

    /** A fresh seed, from the clock. */
    public static Rounds randomSeed() {
        return new Rounds(System.nanoTime() & 0xFFFF_FFFFL);
    }

    /** The indices of {@code candidates} in the order round {@code round} runs them. */
    public List<Integer> order(List<Integer> candidates, int round) {
        List<Integer> order = new ArrayList<>(candidates);
        Collections.shuffle(order, new Random(seed * 31 + round));
        return order;
    }

    /** What to print so that a reader can repeat the order; {@code rounds} = how many rounds ran. */
    public String describe(int rounds) {
        return "cells ran in a shuffled order" + (rounds > 1 ? ", in " + rounds + " rounds (fork r of every cell in round r)" : "")
                + ", seed " + seed + " (--order-seed " + seed + " repeats it)";
    }
}
