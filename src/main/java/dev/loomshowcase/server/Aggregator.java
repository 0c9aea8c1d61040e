package dev.loomshowcase.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loomshowcase.engine.Errors;
import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.downstream.DownstreamException;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.ThreadFactory;

/**
 * The aggregate of one user: user, posts and comments fetched <em>concurrently</em> inside one
 * {@link StructuredTaskScope}, so an answer takes about one downstream delay, not three.
 *
 * <p>The scope's joiner ({@link Joiner#allSuccessfulOrThrow()}) cancels the siblings as soon as one
 * call fails: their threads are interrupted and abandon their HTTP calls, so a failure answers in the
 * time of the failing call. The scope's timeout is the deadline of the whole fan-out.
 * Outcomes map to statuses here, where their cause is known:
 * {@snippet :
 *   user service 404            -> 404 not-found
 *   any other downstream error   -> 502 downstream-failed   (siblings cancelled at once)
 *   deadline exceeded            -> 504 deadline-exceeded   (StructuredTaskScope.TimeoutException)
 * }
 */
public final class Aggregator {

    private final Downstream downstream;
    private final Duration deadline;
    private final ThreadFactory forks;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param downstream the client of the three services
     * @param deadline   limit for the three calls together
     * @param forks      threads for the three calls: virtual in the showcase server, platform in the
     *                   baseline, so the baseline uses no virtual thread for its work
     */
    public Aggregator(Downstream downstream, Duration deadline, ThreadFactory forks) {
        this.downstream = downstream;
        this.deadline = deadline;
        this.forks = forks;
    }

    /** Fetches and combines the three answers, or fails with the status the client should get. */
    public ObjectNode aggregate(long userId) throws AggregateFailure, InterruptedException {
        long start = System.nanoTime();
        try (var scope = StructuredTaskScope.open(Joiner.<String>allSuccessfulOrThrow(),
                cfg -> cfg.withTimeout(deadline).withThreadFactory(forks).withName("aggregate-" + userId))) {
            Subtask<String> user = scope.fork(() -> downstream.fetchUser(userId));
            Subtask<String> posts = scope.fork(() -> downstream.fetchPosts(userId));
            Subtask<String> comments = scope.fork(() -> downstream.fetchComments(userId));
            scope.join();
            return combine(userId, user.get(), posts.get(), comments.get(), start);
        } catch (StructuredTaskScope.FailedException e) {
            throw failure(userId, e.getCause());
        } catch (StructuredTaskScope.TimeoutException e) {
            throw new AggregateFailure(504, "deadline-exceeded",
                    "the downstream calls exceeded the deadline of " + deadline.toMillis() + " ms");
        }
    }

    private ObjectNode combine(long userId, String user, String posts, String comments, long start)
            throws AggregateFailure {
        try {
            ObjectNode body = json.createObjectNode();
            body.put("userId", userId);
            body.set("user", json.readTree(user));
            body.set("posts", json.readTree(posts));
            body.set("comments", json.readTree(comments));
            body.put("elapsedMs", (System.nanoTime() - start) / 1_000_000);
            return body;
        } catch (IOException e) {
            throw new AggregateFailure(502, "downstream-invalid", "a downstream answered invalid JSON: " + e.getMessage());
        }
    }

    private static AggregateFailure failure(long userId, Throwable cause) {
        if (cause instanceof DownstreamException d && d.status() == 404) {
            return new AggregateFailure(404, "not-found", "no user " + userId);
        }
        return new AggregateFailure(502, "downstream-failed", Errors.describe(cause));
    }
}
