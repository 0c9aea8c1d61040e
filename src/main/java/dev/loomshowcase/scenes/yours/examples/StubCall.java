package dev.loomshowcase.scenes.yours.examples;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Calls a downstream service and returns the size of its answer: a task that mostly waits.
 * Run with {@code --with-stubs}, which starts the stubs and passes their URL as the system property
 * {@code loomshowcase.stubs}; the user service answers after about a second (200 ms with {@code --quick}).
 */
public class StubCall implements Callable<Integer> {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    public Integer call() throws IOException, InterruptedException {
        String stubs = System.getProperty("loomshowcase.stubs");
        if (stubs == null) {
            throw new IllegalStateException("no stubs to call: run it with --with-stubs");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(stubs).resolve("/users/1"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET /users/1 answered " + response.statusCode());
        }
        return response.body().length();
    }
}
