package dev.loomshowcase.scenes.coordination;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.TaskRunner;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.workload.SeedVariants;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.SynchronousQueue;

/**
 * Coordination-heavy: pairs of tasks pass a value back and forth through a {@link SynchronousQueue},
 * each side applying a tiny step to it before handing it back, {@code handoffs} times per pair.
 *
 * <p>Each repetition runs the variant written out in {@link Coordination} for the cell's thread model, so
 * the code a speaker shows is the code measured. The sequential cell does the very same steps on one
 * thread, with no hand-off: that is the honest baseline, since a hand-off is pure coordination and adds
 * nothing to the result. Every variant returns where each pair ended, one value per pair.
 */
public final class CoordinationWorkload implements Workload {

    public static final String NAME = "coordination";

    private final int pairs;
    private final int handoffs;
    private final int work;
    private final ThreadModel model;
    private final int carriers;

    /**
     * @param pairs    ping-pong pairs (two tasks each)
     * @param handoffs round trips per pair
     * @param work     mixing steps applied at each hand-off: the real work between two hand-offs
     * @param model    the cell's thread model, which picks the seed's variant
     * @param carriers the cell's carriers (a pool's size)
     */
    public CoordinationWorkload(int pairs, int handoffs, int work, ThreadModel model, int carriers) {
        if (pairs < 1 || handoffs < 1 || work < 1) {
            throw new IllegalArgumentException("coordination needs pairs, handoffs and work of at least 1");
        }
        this.pairs = pairs;
        this.handoffs = handoffs;
        this.work = work;
        this.model = model;
        this.carriers = carriers;
    }

    /** Builds the workload from a cell's {@code pairs}, {@code handoffs}, {@code work} parameters and its model. */
    public static CoordinationWorkload fromSpec(CellSpec spec) {
        return new CoordinationWorkload(Integer.parseInt(spec.param("pairs")), Integer.parseInt(spec.param("handoffs")),
                Integer.parseInt(spec.param("work")), spec.model(), spec.carriers());
    }

    /** The seed's variant for the cell's model; where the seed writes none, the model's runner over the pairs' tasks. */
    @Override
    public List<Object> runRepetition(TaskRunner runner) throws Exception {
        return List.copyOf(new SeedVariants<List<Long>>(() -> Coordination.sequential(pairs, handoffs, work),
                () -> Coordination.structured(pairs, handoffs, work),
                threads -> Coordination.fixedPool(pairs, handoffs, work, threads),
                () -> Coordination.threadPerTask(pairs, handoffs, work),
                byRunner -> pairEnds(byRunner.runAll(tasks())))
                .run(model, carriers));
    }

    /** Both tasks of every pair, partner after partner (serve, then answer). */
    @Override
    public List<Callable<Object>> tasks() {
        List<Callable<Object>> list = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            long seed = p + 1;
            var there = new SynchronousQueue<Long>();
            var back = new SynchronousQueue<Long>();
            list.add(() -> Coordination.serve(seed, handoffs, work, there, back));
            list.add(() -> Coordination.answer(handoffs, work, there, back));
        }
        return list;
    }

    /** Where each pair ended: its serving side's result. */
    private static List<Long> pairEnds(List<Object> bothSides) {
        List<Long> ends = new ArrayList<>();
        for (int i = 0; i < bothSides.size(); i += 2) {
            ends.add((Long) bothSides.get(i));
        }
        return ends;
    }

    @Override
    public void verify(List<Object> results) {
        if (results.size() != pairs) {
            throw new IllegalStateException("coordination expected " + pairs + " pair ends, got " + results.size());
        }
        for (int i = 0; i < results.size(); i++) {
            long expected = Coordination.chain(i + 1, 2L * handoffs * work);
            if (!(results.get(i) instanceof Long value) || value != expected) {
                throw new IllegalStateException("pair " + i + " ended at " + results.get(i) + ", expected " + expected);
            }
        }
    }

    @Override
    public Map<String, Object> extras() {
        return Map.of("pairs", pairs, "handoffs", 2L * pairs * handoffs, "workPerHandoff", work);
    }
}
