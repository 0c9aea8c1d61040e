package dev.loomshowcase.scenes.fetchall;

import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.workload.AsyncTwin;
import java.util.concurrent.ExecutorService;

import dev.loomshowcase.downstream.AsyncDownstream;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The seed's {@code fetchAll} as async Java: three {@code sendAsync} calls in flight at once, their
 * answers combined with {@code thenCombine}; no thread waits for a call, the caller joins the result.
 *
 * {@snippet :
 * // virtual threads: the same three calls, written as blocking code
 * try (var scope = StructuredTaskScope.open()) {
 *     var user = scope.fork(() -> fetchUser(id));
 *     var posts = scope.fork(() -> fetchPosts(id));
 *     var comments = scope.fork(() -> fetchComments(id));
 *     scope.join();
 *     return List.of(user.get(), posts.get(), comments.get());
 * }
 * }
 */
public final class FetchAllAsync {

    /** The workload name of fetch-all's async twin. */
    public static final String NAME = AsyncTwin.nameOf(FetchAllWorkload.NAME);

    private FetchAllAsync() {
    }

    /** The {@code async@N} cell's workload: {@link #fetchAll} on an executor of n platform threads. */
    public static Workload twin(CellSpec spec) {
        ExecutorService executor = AsyncTwin.executor(spec);
        AsyncDownstream downstream = AsyncTwin.downstream(spec, executor);
        FetchAllWorkload blocking = FetchAllWorkload.fromSpec(spec);
        return new AsyncTwin(blocking, () -> List.copyOf(fetchAll(downstream, blocking.user())),
                AsyncTwin.closing(downstream, executor));
    }

    /** The user, their posts and their comments, in that order. */
    public static List<String> fetchAll(AsyncDownstream downstream, long userId) {
        CompletableFuture<String> user = downstream.fetchUser(userId);
        CompletableFuture<String> posts = downstream.fetchPosts(userId);
        CompletableFuture<String> comments = downstream.fetchComments(userId);
        return user.thenCombine(posts, (u, p) -> List.of(u, p))
                .thenCombine(comments, (up, c) -> List.of(up.get(0), up.get(1), c))
                .join();
    }
}
