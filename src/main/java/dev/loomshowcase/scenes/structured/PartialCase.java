package dev.loomshowcase.scenes.structured;

import dev.loomshowcase.downstream.Downstream;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * Partial results: user and posts are required, comments are optional. For user 502 the comments
 * service resets the connection after ~100 ms. With {@code Joiner.awaitAll()} no failure cancels the
 * scope; the owner inspects each subtask's state and answers without comments rather than failing.
 */
public record PartialCase(Downstream downstream, StubDelays delays) implements StructuredCase {

    private static final long USER = 502;

    @Override
    public String name() {
        return "partial";
    }

    @Override
    public CaseOutcome run() throws InterruptedException {
        long start = System.nanoTime();
        Subtask<String> user;
        Subtask<String> posts;
        Subtask<String> comments;
        try (var scope = StructuredTaskScope.open(Joiner.<String>awaitAll())) {
            user = scope.fork(() -> downstream.fetchUser(USER));
            posts = scope.fork(() -> downstream.fetchPosts(USER));
            comments = scope.fork(() -> downstream.fetchComments(USER));
            scope.join();
        }
        long answeredAt = (System.nanoTime() - start) / 1_000_000;
        return judge(answeredAt, user, posts, comments);
    }

    private CaseOutcome judge(long answeredAt, Subtask<String> user, Subtask<String> posts, Subtask<String> comments) {
        boolean required = user.state() == Subtask.State.SUCCESS && posts.state() == Subtask.State.SUCCESS;
        boolean optionalFailed = comments.state() == Subtask.State.FAILED;
        String answer = required
                ? "user + posts" + (comments.state() == Subtask.State.SUCCESS ? " + comments" : ", comments unavailable")
                : "no answer: a required call failed";
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("answeredAtMs", answeredAt);
        details.put("callMs", delays.call().toMillis());
        details.put("states", Map.of("user", user.state().name(), "posts", posts.state().name(),
                "comments", comments.state().name()));
        details.put("optionalFailure", optionalFailed ? comments.exception().toString() : "none");
        details.put("answer", answer);
        String summary = String.format(Locale.ROOT,
                "answered at %d ms with %s; comments %s (%s)", answeredAt, answer, comments.state(),
                optionalFailed ? comments.exception().getClass().getSimpleName() : "no failure");
        return new CaseOutcome(required && optionalFailed, summary, details);
    }
}
