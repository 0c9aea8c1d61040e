package dev.loomshowcase.scenes.fetchall;

import dev.loomshowcase.downstream.Services;
import dev.loomshowcase.observe.CarrierRecorder;

import java.io.IOException;

/**
 * The services with each call told to a live view as a wait while it waits: what the dashboard draws
 * while {@link FetchAll}'s own variants run, so the code watched on stage is the code measured.
 */
final class WatchedServices implements Services {

    private final Services services;
    private final CarrierRecorder recorder;

    WatchedServices(Services services, CarrierRecorder recorder) {
        this.services = services;
        this.recorder = recorder;
    }

    @Override
    public String fetchUser(long userId) throws IOException, InterruptedException {
        return watch("user", () -> services.fetchUser(userId));
    }

    @Override
    public String fetchPosts(long userId) throws IOException, InterruptedException {
        return watch("posts", () -> services.fetchPosts(userId));
    }

    @Override
    public String fetchComments(long userId) throws IOException, InterruptedException {
        return watch("comments", () -> services.fetchComments(userId));
    }

    private String watch(String call, CarrierRecorder.Work<String> work) throws IOException, InterruptedException {
        try {
            return recorder.await(call, work);
        } catch (IOException | InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the " + call + " call failed: " + e.getMessage(), e);
        }
    }
}
