package dev.loomshowcase.scenes.structured;

import dev.loomshowcase.downstream.Downstream;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * Fail fast: the posts call fails after ~100 ms while its two siblings take 1 s. The default joiner
 * makes {@code join()} throw at the first failure and cancels (interrupts) the siblings, so the
 * whole answer fails in ~100 ms instead of waiting a second for calls whose results are now useless.
 *
 * <p>The guarantee holds when the scope closed before the siblings could have answered, with both
 * siblings cancelled and their calls interrupted: on a loaded machine the failing call itself may
 * be late, which says nothing about the scope.
 */
public record FailFastCase(Downstream downstream, StubDelays delays) implements StructuredCase {

    @Override
    public String name() {
        return "fail-fast";
    }

    @Override
    public CaseOutcome run() throws InterruptedException {
        SiblingLog log = new SiblingLog(System.nanoTime());
        Subtask<String> user;
        Subtask<String> comments;
        Subtask<String> posts;
        Throwable failure = null;
        long failedAt;
        try (var scope = StructuredTaskScope.open()) {
            user = scope.fork(() -> log.watch("user", () -> downstream.fetchUser(1)));
            comments = scope.fork(() -> log.watch("comments", () -> downstream.fetchComments(1)));
            posts = scope.fork(() -> log.watch("posts", () -> downstream.fetchPosts(500)));
            try {
                scope.join();
            } catch (StructuredTaskScope.FailedException e) {
                failure = e.getCause();
            }
            failedAt = log.millisSinceStart();
        }
        long closedAt = log.millisSinceStart();
        return judge(log, failure, failedAt, closedAt, user, comments, posts);
    }

    private CaseOutcome judge(SiblingLog log, Throwable failure, long failedAt, long closedAt,
                              Subtask<String> user, Subtask<String> comments, Subtask<String> posts) {
        long sibling = delays.call().toMillis();
        boolean cancelled = user.state() == Subtask.State.UNAVAILABLE && comments.state() == Subtask.State.UNAVAILABLE;
        boolean abandoned = log.abandoned("user") && log.abandoned("comments");
        long alive = log.aliveThreads();
        long failureArrived = log.sighting("posts") == null ? closedAt : log.sighting("posts").atMs();
        boolean held = failure != null && posts.state() == Subtask.State.FAILED && cancelled && abandoned
                && closedAt < sibling && alive == 0;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("timeToFailureMs", failedAt);
        details.put("closedAtMs", closedAt);
        details.put("failureArrivedAtMs", failureArrived);
        details.put("closedAfterFailureMs", closedAt - failureArrived);
        details.put("siblingCallMs", sibling);
        details.put("failure", failure == null ? "none: join() did not throw" : failure.toString());
        details.put("states", Map.of("user", user.state().name(), "comments", comments.state().name(),
                "posts", posts.state().name()));
        details.put("siblings", log.asDetails());
        details.put("threadsAliveAfterClose", alive);
        String summary = String.format(Locale.ROOT,
                "join() threw after %d ms (failure arrived at %d ms, siblings take %d ms); siblings %s/%s, their calls %s; "
                        + "scope closed at %d ms",
                failedAt, failureArrived, sibling, user.state(), comments.state(),
                abandoned ? "interrupted, not awaited" : "NOT abandoned", closedAt);
        return new CaseOutcome(held, summary, details);
    }
}
