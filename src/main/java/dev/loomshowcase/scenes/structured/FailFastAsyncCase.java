package dev.loomshowcase.scenes.structured;

import dev.loomshowcase.downstream.AsyncDownstream;
import dev.loomshowcase.downstream.Downstream;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Fail fast, async twin: the fail-fast job (posts fails after ~100 ms, user and comments take 1 s)
 * run three ways ({@link FailFastVariants}): the scope (the reference), the idiomatic
 * {@code CompletableFuture.allOf(...)}, and a hand-written async fail-fast that cancels its siblings.
 * Each run measures every version's time to failure and how many sibling calls still ran to
 * completion after the failure, as the client saw them (the stubs' request journal cannot tell: a
 * delayed WireMock answer is logged with its full delay whether or not the client still waits).
 *
 * <p>The guarantee holds when the scope failed before a sibling could answer and no sibling call
 * completed; the top-level figures are the idiomatic {@code allOf} version's, the one people write.
 */
public record FailFastAsyncCase(Downstream downstream, StubDelays delays) implements StructuredCase {

    private static final long USER = 1;
    private static final long FAILING_POSTS = 500;

    @Override
    public String name() {
        return "fail-fast-async";
    }

    @Override
    public CaseOutcome run() throws InterruptedException {
        Map<String, Object> scope = measureScope();
        Map<String, Object> allOf;
        Map<String, Object> handWritten;
        try (AsyncDownstream async = new AsyncDownstream(downstream.base(), Duration.ofSeconds(30), null)) {
            allOf = measureAsync("allOf", async, FailFastVariants::allOf);
            handWritten = measureAsync("handWritten", async, FailFastVariants::handWritten);
        }
        return judge(scope, allOf, handWritten);
    }

    private Map<String, Object> measureScope() throws InterruptedException {
        SiblingLog log = new SiblingLog(System.nanoTime());
        long failedAt = -1;
        try {
            FailFastVariants.scope(() -> log.watch("user", () -> downstream.fetchUser(USER)),
                    () -> log.watch("posts", () -> downstream.fetchPosts(FAILING_POSTS)),
                    () -> log.watch("comments", () -> downstream.fetchComments(USER)));
        } catch (StructuredTaskScope.FailedException e) {
            failedAt = log.millisSinceStart();
        }
        long completed = List.of("user", "comments").stream()
                .filter(name -> log.sighting(name) != null && log.sighting(name).outcome().equals("completed")).count();
        return variant("scope", failedAt, completed);
    }

    /** One async version: its time to failure, then, once its siblings settled, how many completed. */
    private Map<String, Object> measureAsync(String name, AsyncDownstream async, AsyncVariant version) {
        long start = System.nanoTime();
        Map<String, CompletableFuture<String>> calls = new ConcurrentHashMap<>();
        Supplier<CompletableFuture<String>> user = () -> calls.computeIfAbsent("user", k -> async.fetchUser(USER));
        Supplier<CompletableFuture<String>> posts = () -> calls.computeIfAbsent("posts", k -> async.fetchPosts(FAILING_POSTS));
        Supplier<CompletableFuture<String>> comments = () -> calls.computeIfAbsent("comments", k -> async.fetchComments(USER));
        long failedAt = -1;
        try {
            version.run(user, posts, comments);
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            failedAt = (System.nanoTime() - start) / 1_000_000;
        }
        long completed = List.of("user", "comments").stream().map(calls::get)
                .filter(call -> settled(call) && !call.isCompletedExceptionally()).count();
        return variant(name, failedAt, completed);
    }

    /** Waits for a sibling to end either way, at most three sibling delays. */
    private boolean settled(CompletableFuture<String> call) {
        try {
            call.get(3 * delays.call().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (Exception endedOtherwise) {
            if (endedOtherwise instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        return call.isDone();
    }

    private static Map<String, Object> variant(String name, long failedAt, long completed) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("timeToFailureMs", failedAt);
        v.put("siblingCallsCompleted", completed);
        v.put("linesOfCode", FailFastVariants.LINES.get(name));
        return v;
    }

    private CaseOutcome judge(Map<String, Object> scope, Map<String, Object> allOf, Map<String, Object> handWritten) {
        long sibling = delays.call().toMillis();
        boolean held = failedFast(scope, sibling) && ((Long) scope.get("siblingCallsCompleted")) == 0;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("timeToFailureMs", allOf.get("timeToFailureMs"));
        details.put("siblingCallsCompleted", allOf.get("siblingCallsCompleted"));
        details.put("siblingCallMs", sibling);
        details.put("variants", Map.of("scope", scope, "allOf", allOf, "handWritten", handWritten));
        String summary = String.format(Locale.ROOT, "siblings take %d ms; allOf: failed after %s ms, %s sibling call(s) "
                        + "completed, %s lines; hand-written async: %s ms, %s completed, %s lines; scope: %s ms, %s completed, %s lines",
                sibling, allOf.get("timeToFailureMs"), allOf.get("siblingCallsCompleted"), allOf.get("linesOfCode"),
                handWritten.get("timeToFailureMs"), handWritten.get("siblingCallsCompleted"), handWritten.get("linesOfCode"),
                scope.get("timeToFailureMs"), scope.get("siblingCallsCompleted"), scope.get("linesOfCode"));
        return new CaseOutcome(held, summary, details);
    }

    private static boolean failedFast(Map<String, Object> variant, long siblingMs) {
        long failedAt = (Long) variant.get("timeToFailureMs");
        return failedAt >= 0 && failedAt < siblingMs;
    }

    /** An async version of the job, as {@link FailFastVariants} writes it. */
    @FunctionalInterface
    private interface AsyncVariant {
        List<String> run(Supplier<CompletableFuture<String>> user, Supplier<CompletableFuture<String>> posts,
                         Supplier<CompletableFuture<String>> comments);
    }
}
