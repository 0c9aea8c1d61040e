package dev.loomshowcase.scenes.structured;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.StructuredTaskScope;
import java.util.function.Supplier;

/**
 * One answer from three calls, where one call fails fast: the same job written three ways, so their
 * time to failure and the sibling calls they still wait for can be measured side by side, and their
 * lines counted ({@code FailFastVariantsTest} checks {@link #LINES} against this file).
 *
 * <ol>
 *   <li>{@link #scope}: a {@code StructuredTaskScope}; the first failure cancels the siblings.</li>
 *   <li>{@link #allOf}: idiomatic async, {@code CompletableFuture.allOf(...).join()}: it completes
 *       only when all three have, so a failure after 100 ms is reported after the slowest sibling.</li>
 *   <li>{@link #handWritten}: async that fails fast: it must watch every future and cancel the others itself.</li>
 * </ol>
 */
final class FailFastVariants {

    /** Lines of each variant's body, as written below. */
    static final java.util.Map<String, Integer> LINES = java.util.Map.of("scope", 7, "allOf", 5, "handWritten", 12);

    private FailFastVariants() {
    }

    static List<String> scope(Callable<String> user, Callable<String> posts, Callable<String> comments) throws InterruptedException {
        try (var scope = StructuredTaskScope.open()) {
            var u = scope.fork(user);
            var p = scope.fork(posts);
            var c = scope.fork(comments);
            scope.join();
            return List.of(u.get(), p.get(), c.get());
        }
    }

    static List<String> allOf(Supplier<CompletableFuture<String>> user, Supplier<CompletableFuture<String>> posts,
                              Supplier<CompletableFuture<String>> comments) {
        CompletableFuture<String> u = user.get();
        CompletableFuture<String> p = posts.get();
        CompletableFuture<String> c = comments.get();
        CompletableFuture.allOf(u, p, c).join();
        return List.of(u.join(), p.join(), c.join());
    }

    static List<String> handWritten(Supplier<CompletableFuture<String>> user, Supplier<CompletableFuture<String>> posts,
                                    Supplier<CompletableFuture<String>> comments) {
        List<CompletableFuture<String>> all = List.of(user.get(), posts.get(), comments.get());
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        for (CompletableFuture<String> future : all) {
            future.whenComplete((ignored, error) -> {
                if (error != null && firstFailure.completeExceptionally(error)) {
                    all.forEach(other -> other.cancel(true));
                }
            });
        }
        CompletableFuture<Void> done = CompletableFuture.allOf(all.toArray(CompletableFuture[]::new));
        CompletableFuture.anyOf(done, firstFailure).join();
        return all.stream().map(CompletableFuture::join).toList();
    }
}
