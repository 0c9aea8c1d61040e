package dev.loomshowcase.server;

import dev.loomshowcase.downstream.DownstreamException;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.Proxy;
import io.helidon.webclient.api.WebClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Helidon 4's blocking {@link WebClient}: {@code --client helidon}.
 *
 * <p>It reads and writes plain blocking sockets, which on a virtual thread park the thread and free
 * the carrier, with no selector thread or completion stage between the caller and its bytes. Its
 * keep-alive cache is sized for every call in flight ({@value #CACHED_CONNECTIONS}), so that under
 * thousands of concurrent requests a connection is reused rather than opened anew (Helidon keeps 256
 * per host by default).
 */
final class HelidonDownstreamClient implements DownstreamClient {

    /** Keep-alive connections kept per downstream host: 3 calls for each of up to 5000 requests in flight. */
    static final int CACHED_CONNECTIONS = 15_000;
    /**
     * Each connection's write buffer: a GET here is about 150 bytes, and Helidon's default of 4 KB per
     * connection came to 48 MB of live heap at 12,000 connections, copied by every young GC of a wave.
     */
    static final int WRITE_BUFFER_BYTES = 512;
    /** Bodies up to this size are read into one array of their declared length. */
    static final long MAX_SIZED_BODY = 1 << 20;

    private final WebClient client;

    /** @param timeout limit for opening a connection, and for each read */
    HelidonDownstreamClient(URI base, Duration timeout) {
        this.client = WebClient.builder()
                .baseUri(base)
                .connectTimeout(timeout)
                .readTimeout(timeout) // Helidon's default of 30 s failed 20 s answers queued under 4000 clients
                .connectionCacheSize(CACHED_CONNECTIONS)
                .writeBufferSize(WRITE_BUFFER_BYTES)
                .addProtocolPreference("http/1.1")
                .followRedirects(false)
                // Per request, the client asked the JVM's proxy selector (2% of serve's CPU samples under
                // load) and ran the client services found on the class path (4%, none of them used here).
                .proxy(Proxy.noProxy())
                .servicesDiscoverServices(false)
                .build();
    }

    @Override
    public String fetchUser(long userId) throws IOException {
        return get("/users/" + userId, null, 0);
    }

    @Override
    public String fetchPosts(long userId) throws IOException {
        return get("/posts", "userId", userId);
    }

    @Override
    public String fetchComments(long userId) throws IOException {
        return get("/comments", "userId", userId);
    }

    private String get(String path, String query, long value) throws IOException {
        var request = client.get(path);
        if (query != null) {
            request.queryParam(query, Long.toString(value));
        }
        try (HttpClientResponse response = request.request()) {
            int status = response.status().code();
            if (status / 100 != 2) {
                throw new DownstreamException(status, "GET " + path + " answered " + status);
            }
            return body(response);
        } catch (UncheckedIOException e) { // Helidon wraps socket failures unchecked
            throw e.getCause();
        }
    }

    /**
     * The body as text. With a Content-Length it is read into an array of exactly that size: Helidon's
     * {@code as(String.class)} reads to the end through 16 KB buffers, two per answer, which under a wave of
     * thousands of answers was about a fifth of the server's CPU samples (JFR). Closing the stream
     * at the end of the entity hands the connection back to the keep-alive cache.
     */
    private static String body(HttpClientResponse response) throws IOException {
        OptionalLong length = response.headers().contentLength();
        if (length.isEmpty() || length.getAsLong() > MAX_SIZED_BODY) {
            return response.as(String.class);
        }
        byte[] bytes = new byte[(int) length.getAsLong()];
        try (InputStream in = response.inputStream()) {
            int read = in.readNBytes(bytes, 0, bytes.length);
            if (read < bytes.length) {
                throw new IOException("body ended after " + read + " of " + bytes.length + " bytes");
            }
        }
        return new String(bytes, StandardCharsets.UTF_8); // JSON is UTF-8 (RFC 8259)
    }

    @Override
    public void close() {
        client.closeResource();
    }
}
