package dev.loomshowcase.downstream;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The same three downstream services as {@link Downstream}, written as async Java is written today:
 * {@code HttpClient.sendAsync} returning {@code CompletableFuture}s, for code that composes them
 * ({@code thenCombine}, {@code allOf}) instead of blocking a thread per call.
 *
 * <p>Cancelling a returned future aborts its HTTP exchange: a future derived with {@code thenApply}
 * does not pass a cancel back to {@code sendAsync}'s own future, so this class passes it on by hand,
 * as async code that wants cancellation must.
 */
public final class AsyncDownstream implements AutoCloseable {

    private final URI base;
    private final Duration timeout;
    private final HttpClient client;

    /**
     * @param base     base URL of the stubs
     * @param timeout  limit for one call
     * @param executor where the client runs its completions, or null for the client's default
     */
    public AsyncDownstream(URI base, Duration timeout, Executor executor) {
        this.base = base;
        this.timeout = timeout;
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout);
        this.client = (executor == null ? builder : builder.executor(executor)).build();
    }

    public CompletableFuture<String> fetchUser(long userId) {
        return get("/users/" + userId);
    }

    public CompletableFuture<String> fetchPosts(long userId) {
        return get("/posts?userId=" + userId);
    }

    public CompletableFuture<String> fetchComments(long userId) {
        return get("/comments?userId=" + userId);
    }

    /** GETs a path; the future fails with {@link DownstreamException} for a non-2xx answer. */
    public CompletableFuture<String> get(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(timeout).GET().build();
        CompletableFuture<HttpResponse<String>> sent = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        CompletableFuture<String> body = sent.thenApply(response -> {
            if (response.statusCode() / 100 != 2) {
                throw new java.util.concurrent.CompletionException(new DownstreamException(response.statusCode(),
                        "GET " + pathAndQuery + " answered " + response.statusCode()));
            }
            return response.body();
        });
        body.whenComplete((ignored, error) -> {
            if (body.isCancelled()) {
                sent.cancel(true);
            }
        });
        return body;
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
