package dev.loomshowcase.downstream;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Blocking client of the three downstream services (users, posts, comments).
 *
 * <p>Blocking on purpose: on a virtual thread, a blocked {@code send} parks the virtual thread and
 * frees its carrier, which is the whole point of the showcase. Calls honour interrupts, so a
 * cancelled subtask abandons its call instead of waiting for the answer.
 */
public final class Downstream implements Services, AutoCloseable {

    private final URI base;
    private final Duration timeout;
    private final HttpClient client;

    /**
     * @param base    base URL of the stubs (or real services), e.g. {@code http://127.0.0.1:8089}
     * @param timeout limit for one call, connection included
     */
    public Downstream(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build();
    }

    public URI base() {
        return base;
    }

    /** The user service: one user as JSON. */
    @Override
    public String fetchUser(long userId) throws IOException, InterruptedException {
        return get("/users/" + userId);
    }

    /** The posts service: the user's posts as a JSON array. */
    @Override
    public String fetchPosts(long userId) throws IOException, InterruptedException {
        return get("/posts?userId=" + userId);
    }

    /** The comments service: comments on the user's posts as a JSON array. */
    @Override
    public String fetchComments(long userId) throws IOException, InterruptedException {
        return get("/comments?userId=" + userId);
    }

    /**
     * GETs a path and returns the body of a 2xx answer.
     *
     * @throws DownstreamException for any other status
     * @throws IOException         when the service cannot be reached or resets the connection
     */
    public String get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(timeout).GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new DownstreamException(response.statusCode(), "GET " + pathAndQuery + " answered " + response.statusCode());
        }
        return response.body();
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
