package dev.loomshowcase.scenes.structured;

import dev.loomshowcase.downstream.Downstream;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;

/**
 * Deadline: a scope opened with {@code cfg.withTimeout(..)} shorter than its calls. At the deadline
 * {@code join()} throws {@code TimeoutException} and the scope cancels the calls still running, so
 * the caller's latency is bounded by the deadline, not by the slowest downstream.
 */
public record DeadlineCase(Downstream downstream, StubDelays delays) implements StructuredCase {

    /** The deadline as a share of one downstream call. */
    static final double DEADLINE_SHARE = 0.3;

    @Override
    public String name() {
        return "deadline";
    }

    @Override
    public CaseOutcome run() throws InterruptedException {
        Duration deadline = Duration.ofMillis(Math.round(delays.call().toMillis() * DEADLINE_SHARE));
        SiblingLog log = new SiblingLog(System.nanoTime());
        Subtask<String> user;
        Subtask<String> posts;
        boolean timedOut = false;
        long endedAt;
        try (var scope = StructuredTaskScope.open(Joiner.<String>awaitAllSuccessfulOrThrow(),
                cfg -> cfg.withTimeout(deadline).withName("deadline"))) {
            user = scope.fork(() -> log.watch("user", () -> downstream.fetchUser(1)));
            posts = scope.fork(() -> log.watch("posts", () -> downstream.fetchPosts(1)));
            try {
                scope.join();
            } catch (StructuredTaskScope.TimeoutException e) {
                timedOut = true;
            }
            endedAt = log.millisSinceStart();
        }
        long closedAt = log.millisSinceStart();
        return judge(log, deadline.toMillis(), timedOut, endedAt, closedAt, user, posts);
    }

    private CaseOutcome judge(SiblingLog log, long deadline, boolean timedOut, long endedAt, long closedAt,
                              Subtask<String> user, Subtask<String> posts) {
        long call = delays.call().toMillis();
        boolean cancelled = user.state() == Subtask.State.UNAVAILABLE && posts.state() == Subtask.State.UNAVAILABLE;
        boolean abandoned = log.abandoned("user") && log.abandoned("posts");
        long alive = log.aliveThreads();
        boolean onTime = endedAt >= deadline - 5 && closedAt < call;
        boolean held = timedOut && cancelled && abandoned && onTime && alive == 0;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("deadlineMs", deadline);
        details.put("timedOutAtMs", endedAt);
        details.put("closedAtMs", closedAt);
        details.put("callMs", call);
        details.put("timedOut", timedOut);
        details.put("states", Map.of("user", user.state().name(), "posts", posts.state().name()));
        details.put("siblings", log.asDetails());
        details.put("threadsAliveAfterClose", alive);
        String summary = String.format(Locale.ROOT,
                "deadline %d ms, calls %d ms: join() %s at %d ms, calls %s, scope closed at %d ms",
                deadline, call, timedOut ? "timed out" : "did NOT time out", endedAt,
                abandoned ? "interrupted" : "NOT abandoned", closedAt);
        return new CaseOutcome(held, summary, details);
    }
}
