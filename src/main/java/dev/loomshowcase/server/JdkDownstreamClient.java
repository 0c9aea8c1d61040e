package dev.loomshowcase.server;

import dev.loomshowcase.downstream.Downstream;

import java.io.IOException;

/** The JDK {@code HttpClient} behind the project's {@link Downstream}: {@code --client jdk}. */
final class JdkDownstreamClient implements DownstreamClient {

    private final Downstream downstream;

    JdkDownstreamClient(Downstream downstream) {
        this.downstream = downstream;
    }

    @Override
    public String fetchUser(long userId) throws IOException, InterruptedException {
        return downstream.fetchUser(userId);
    }

    @Override
    public String fetchPosts(long userId) throws IOException, InterruptedException {
        return downstream.fetchPosts(userId);
    }

    @Override
    public String fetchComments(long userId) throws IOException, InterruptedException {
        return downstream.fetchComments(userId);
    }

    @Override
    public void close() {
        downstream.close();
    }
}
