package dev.loomshowcase.scenes.yours;

import dev.loomshowcase.downstream.Downstream;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * A URL as a task: each copy GETs it once with the showcase's blocking downstream client (on a
 * virtual thread, the wait unmounts). A non-2xx answer or a connection failure fails the task.
 */
final class HttpGetTasks implements TaskFactory {

    private final URI url;
    private final Downstream client;

    HttpGetTasks(URI url, Duration timeout) {
        this.url = url;
        this.client = new Downstream(url.resolve("/"), timeout);
    }

    @Override
    public Callable<Object> newTask() {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String pathAndQuery = path + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        return () -> {
            try {
                return client.get(pathAndQuery).length();
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                throw new TaskFailedException("GET " + url, e);
            }
        };
    }

    @Override
    public void close() {
        client.close();
    }
}
