package dev.loomshowcase.server;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.loomshowcase.downstream.DownstreamException;
import dev.loomshowcase.engine.Errors;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * The aggregate of one user: user, posts and comments fetched <em>concurrently</em> (by a
 * {@link FanOut}: a {@code StructuredTaskScope} of virtual threads, or the baseline's shared pool), so
 * an answer takes about one downstream delay, not three.
 *
 * <p>Outcomes map to statuses here, where their cause is known:
 * {@snippet :
 *   user service 404            -> 404 not-found
 *   any other downstream error   -> 502 downstream-failed   (siblings cancelled at once)
 *   deadline exceeded            -> 504 deadline-exceeded
 * }
 */
public final class Aggregator {

    private final DownstreamClient downstream;
    private final Duration deadline;
    private final FanOut fanOut;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param downstream the client of the three services (owned by the caller)
     * @param deadline   limit for the three calls together
     * @param fanOut     how the three calls run concurrently (owned by the caller)
     */
    Aggregator(DownstreamClient downstream, Duration deadline, FanOut fanOut) {
        this.downstream = downstream;
        this.deadline = deadline;
        this.fanOut = fanOut;
    }

    /** Fetches and combines the three answers, or fails with the status the client should get. */
    public ObjectNode aggregate(long userId) throws AggregateFailure, InterruptedException {
        long start = System.nanoTime();
        List<Callable<String>> calls = List.of(
                () -> downstream.fetchUser(userId),
                () -> downstream.fetchPosts(userId),
                () -> downstream.fetchComments(userId));
        try {
            List<String> answers = fanOut.all("aggregate-" + userId, calls);
            return combine(json, userId, answers.get(0), answers.get(1), answers.get(2), start);
        } catch (ExecutionException e) {
            throw failure(userId, e.getCause());
        } catch (TimeoutException e) {
            throw new AggregateFailure(504, "deadline-exceeded",
                    "the downstream calls exceeded the deadline of " + deadline.toMillis() + " ms");
        }
    }

    /**
     * The three answers spliced into one document as they came ({@link RawValue}): each is checked to be
     * one JSON value by a streaming pass that builds nothing, instead of being parsed into a tree and
     * written out again (a JFR profile of {@code serve} under load put about a tenth of its CPU in that
     * round trip through Jackson's tree). Shared with the reactive rival, so every rival answers the same document.
     */
    static ObjectNode combine(ObjectMapper json, long userId, String user, String posts, String comments, long start)
            throws AggregateFailure {
        ObjectNode body = json.createObjectNode();
        body.put("userId", userId);
        body.putRawValue("user", new RawValue(checked(json, user)));
        body.putRawValue("posts", new RawValue(checked(json, posts)));
        body.putRawValue("comments", new RawValue(checked(json, comments)));
        body.put("elapsedMs", (System.nanoTime() - start) / 1_000_000);
        return body;
    }

    /** {@code text} itself when it holds exactly one JSON value; else the 502 a downstream's invalid JSON earns. */
    private static String checked(ObjectMapper json, String text) throws AggregateFailure {
        try (JsonParser parser = json.getFactory().createParser(text)) {
            if (parser.nextToken() == null) {
                throw new JsonParseException(parser, "no JSON value");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "more than one JSON value");
            }
            return text;
        } catch (IOException e) {
            throw new AggregateFailure(502, "downstream-invalid", "a downstream answered invalid JSON: " + e.getMessage());
        }
    }

    static AggregateFailure failure(long userId, Throwable cause) {
        if (cause instanceof DownstreamException d && d.status() == 404) {
            return new AggregateFailure(404, "not-found", "no user " + userId);
        }
        return new AggregateFailure(502, "downstream-failed", Errors.describe(cause));
    }
}
