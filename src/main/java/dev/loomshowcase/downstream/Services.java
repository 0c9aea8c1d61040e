package dev.loomshowcase.downstream;

import java.io.IOException;

/**
 * The three downstream services as the seed's {@code fetchAll} calls them. {@link Downstream} is the real
 * client; a scene that is watched live wraps it (each call recorded as a wait), so the code measured on
 * stage is the seed's own code, not a copy of it.
 */
public interface Services {

    /** One user as JSON. */
    String fetchUser(long userId) throws IOException, InterruptedException;

    /** The user's posts as a JSON array. */
    String fetchPosts(long userId) throws IOException, InterruptedException;

    /** Comments on the user's posts as a JSON array. */
    String fetchComments(long userId) throws IOException, InterruptedException;
}
