package dev.loomshowcase.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.regex.Pattern;

/**
 * {@code GET /aggregate/{userId}}: one user's aggregate as JSON, or a JSON error with its status.
 *
 * <p>The handler runs on Helidon's virtual thread for the request; {@link RequestThreads} decides
 * whether the work stays there or waits for a platform pool thread (the baseline).
 */
public final class AggregateService implements HttpService {

    /** A user id: 1 to 18 digits, so it always fits a long. */
    /** What a shed request is told: try again in a second. */
    static final String RETRY_AFTER_SECONDS = "1";

    private static final Pattern USER_ID = Pattern.compile("[0-9]{1,18}");

    private final Aggregator aggregator;
    private final RequestThreads threads;
    private final InFlightLimit limit;
    private final ObjectMapper json = new ObjectMapper();

    /** A service that admits every request. */
    public AggregateService(Aggregator aggregator, RequestThreads threads) {
        this(aggregator, threads, new InFlightLimit(InFlightLimit.UNBOUNDED));
    }

    /** A service that answers 503 at once beyond {@code limit}'s bound. */
    public AggregateService(Aggregator aggregator, RequestThreads threads, InFlightLimit limit) {
        this.aggregator = aggregator;
        this.threads = threads;
        this.limit = limit;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{userId}", this::aggregate);
    }

    private void aggregate(ServerRequest request, ServerResponse response) throws InterruptedException {
        String raw = request.path().pathParameters().get("userId");
        try {
            long userId = parseUserId(raw);
            if (!limit.tryEnter()) {
                response.header(HeaderNames.RETRY_AFTER, RETRY_AFTER_SECONDS);
                throw new AggregateFailure(503, "overloaded", limit.max() + " requests in flight already; retry later");
            }
            try {
                send(response, 200, threads.run(() -> aggregator.aggregate(userId)));
            } finally {
                limit.leave();
            }
        } catch (AggregateFailure failure) {
            send(response, failure.status(), ErrorBody.of(failure));
        }
    }

    static long parseUserId(String raw) throws AggregateFailure {
        if (raw == null || !USER_ID.matcher(raw).matches()) {
            throw new AggregateFailure(400, "bad-request", "user id must be a positive whole number, got '" + raw + "'");
        }
        return Long.parseLong(raw);
    }

    private void send(ServerResponse response, int status, Object body) {
        try {
            response.status(Status.create(status))
                    .header(HeaderValues.CONTENT_TYPE_JSON)
                    .send(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
