package dev.loomshowcase.scenes.coordination;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.SynchronousQueue;

/**
 * Coordination-heavy: pairs of tasks pass a value back and forth through a {@link SynchronousQueue},
 * each side applying a tiny step to it before handing it back, {@code handoffs} times per pair.
 *
 * <p>The sequential cell does the very same steps on one thread, with no hand-off: that is the honest
 * baseline, since a hand-off is pure coordination and adds nothing to the result. A thread model
 * cannot run the ping-pong tasks one after another (the first would wait forever for its partner),
 * so this workload hands the sequential model one chained task per pair instead.
 */
public final class CoordinationWorkload implements Workload {

    public static final String NAME = "coordination";

    private final int pairs;
    private final int handoffs;
    private final int work;
    private final boolean sequential;

    /**
     * @param pairs      ping-pong pairs (two tasks each)
     * @param handoffs   round trips per pair
     * @param work       mixing steps applied at each hand-off: the real work between two hand-offs
     * @param sequential true for the one-thread baseline
     */
    public CoordinationWorkload(int pairs, int handoffs, int work, boolean sequential) {
        if (pairs < 1 || handoffs < 1 || work < 1) {
            throw new IllegalArgumentException("coordination needs pairs, handoffs and work of at least 1");
        }
        this.pairs = pairs;
        this.handoffs = handoffs;
        this.work = work;
        this.sequential = sequential;
    }

    /** Builds the workload from a cell's {@code pairs}, {@code handoffs}, {@code work} parameters and its model. */
    public static CoordinationWorkload fromSpec(CellSpec spec) {
        return new CoordinationWorkload(Integer.parseInt(spec.param("pairs")), Integer.parseInt(spec.param("handoffs")),
                Integer.parseInt(spec.param("work")), spec.model() == ThreadModel.SEQUENTIAL);
    }

    @Override
    public List<Callable<Object>> tasks() {
        List<Callable<Object>> list = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            long seed = p + 1;
            if (sequential) {
                list.add(() -> chain(seed, 2L * handoffs * work));
            } else {
                var there = new SynchronousQueue<Long>();
                var back = new SynchronousQueue<Long>();
                list.add(() -> serve(seed, there, back));
                list.add(() -> answer(there, back));
            }
        }
        return list;
    }

    /** The first of a pair: steps, hands over, waits for the value to come back; returns the last value. */
    private Object serve(long seed, SynchronousQueue<Long> there, SynchronousQueue<Long> back) throws InterruptedException {
        long value = seed;
        for (int i = 0; i < handoffs; i++) {
            there.put(steps(value));
            value = back.take();
        }
        return value;
    }

    /** The second of a pair: waits for the value, steps, hands it back; returns the last value it sent. */
    private Object answer(SynchronousQueue<Long> there, SynchronousQueue<Long> back) throws InterruptedException {
        long value = 0;
        for (int i = 0; i < handoffs; i++) {
            value = steps(there.take());
            back.put(value);
        }
        return value;
    }

    /** The work done at one hand-off. */
    private long steps(long value) {
        return chain(value, work);
    }

    /** The same steps on one thread. */
    static long chain(long seed, long steps) {
        long value = seed;
        for (long i = 0; i < steps; i++) {
            value = step(value);
        }
        return value;
    }

    /** A tiny piece of real work between hand-offs (a 64-bit mix, as in SplitMix64). */
    static long step(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public void verify(List<Object> results) {
        int perPair = sequential ? 1 : 2;
        if (results.size() != pairs * perPair) {
            throw new IllegalStateException("coordination expected " + pairs * perPair + " results, got " + results.size());
        }
        for (int i = 0; i < results.size(); i++) {
            long expected = chain(i / perPair + 1, 2L * handoffs * work);
            if (!(results.get(i) instanceof Long value) || value != expected) {
                throw new IllegalStateException("pair " + i / perPair + " ended at " + results.get(i) + ", expected " + expected);
            }
        }
    }

    @Override
    public Map<String, Object> extras() {
        return Map.of("pairs", pairs, "handoffs", 2L * pairs * handoffs, "workPerHandoff", work);
    }
}
