package dev.loomshowcase.scenes.mixed;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.workload.AsyncTwin;
import java.util.concurrent.ExecutorService;

import dev.loomshowcase.downstream.AsyncDownstream;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.LongStream;

/**
 * The mixed workload as async Java: each task's call is a {@code sendAsync}, and its hashing a
 * {@code thenApplyAsync} on the CPU executor (n threads); all joined with {@code allOf}.
 */
public final class MixedAsync {

    /** The workload name of mixed's async twin. */
    public static final String NAME = AsyncTwin.nameOf(MixedWorkload.NAME);

    private MixedAsync() {
    }

    /** The {@code async@N} cell's workload: {@link #digests} on an executor of n platform threads. */
    public static Workload twin(CellSpec spec) {
        ExecutorService executor = AsyncTwin.executor(spec);
        AsyncDownstream downstream = AsyncTwin.downstream(spec, executor);
        MixedWorkload blocking = MixedWorkload.fromSpec(spec);
        return new AsyncTwin(blocking, () -> List.copyOf(digests(downstream, executor, blocking.tasks, blocking.rounds)),
                AsyncTwin.closing(downstream, executor));
    }

    /** For users 1..tasks: the SHA-256 chain ({@code rounds} rounds) of their posts, as hex. */
    public static List<String> digests(AsyncDownstream downstream, Executor cpu, int tasks, int rounds) {
        List<CompletableFuture<String>> digests = LongStream.rangeClosed(1, tasks)
                .mapToObj(user -> downstream.fetchPosts(user)
                        .thenApplyAsync(body -> HexFormat.of().formatHex(
                                HashChain.hash(body.getBytes(StandardCharsets.UTF_8), rounds)), cpu))
                .toList();
        CompletableFuture.allOf(digests.toArray(CompletableFuture[]::new)).join();
        return digests.stream().map(CompletableFuture::join).toList();
    }
}
