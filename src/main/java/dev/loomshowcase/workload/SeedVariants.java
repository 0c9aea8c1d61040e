package dev.loomshowcase.workload;

import dev.loomshowcase.engine.TaskRunner;
import dev.loomshowcase.engine.ThreadModel;

/**
 * A seed file's variants, written out by hand, as a workload picks them for a cell's thread model: the
 * one switch from model to variant, so that each workload only names its seed's methods. A model the
 * seed writes no variant for runs the same tasks through the engine's runner for that model.
 *
 * {@snippet :
 * new SeedVariants<>(() -> FetchAll.sequential(api, user), () -> FetchAll.structured(api, user),
 *         threads -> FetchAll.fixedPool(api, user, threads), () -> FetchAll.threadPerTask(api, user),
 *         runner -> runner.runAll(calls(api, user)))
 *     .run(model, carriers);
 * }
 *
 * @param sequential    one task after another
 * @param structured    a virtual thread per task in a {@code StructuredTaskScope}
 * @param fixedPool     a fixed pool of n platform threads (n = the cell's carriers)
 * @param threadPerTask a new platform thread per task
 * @param bounded       virtual threads bounded by a semaphore of n permits; {@code null} where the seed writes none
 * @param otherwise     the same tasks through the engine's runner, for a model the seed writes no variant for
 * @param <R>           what one run returns
 */
public record SeedVariants<R>(Variant<R> sequential, Variant<R> structured, Sized<R> fixedPool, Variant<R> threadPerTask,
                              Sized<R> bounded, ByRunner<R> otherwise) {

    /** A seed without a bounded variant. */
    public SeedVariants(Variant<R> sequential, Variant<R> structured, Sized<R> fixedPool, Variant<R> threadPerTask,
                        ByRunner<R> otherwise) {
        this(sequential, structured, fixedPool, threadPerTask, null, otherwise);
    }

    /** Runs the variant written for {@code model}, its pool or bound sized by {@code carriers}. */
    public R run(ThreadModel model, int carriers) throws Exception {
        return switch (model) {
            case SEQUENTIAL -> sequential.run();
            case VIRTUAL -> structured.run();
            case PLATFORM_POOL -> fixedPool.run(carriers);
            case PLATFORM_PER_TASK -> threadPerTask.run();
            case VIRTUAL_BOUNDED -> bounded != null ? bounded.run(carriers) : otherwise.run(model.runner(carriers));
            default -> otherwise.run(model.runner(carriers)); // async, and the server rivals' models
        };
    }

    /** A variant with nothing to size. */
    @FunctionalInterface
    public interface Variant<R> {
        R run() throws Exception;
    }

    /** A variant sized by a thread or permit count. */
    @FunctionalInterface
    public interface Sized<R> {
        R run(int n) throws Exception;
    }

    /** The seed's tasks through one of the engine's runners. */
    @FunctionalInterface
    public interface ByRunner<R> {
        R run(TaskRunner runner) throws Exception;
    }
}
