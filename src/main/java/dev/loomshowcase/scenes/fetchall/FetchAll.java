package dev.loomshowcase.scenes.fetchall;

import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.downstream.Services;
import dev.loomshowcase.stubs.StubDirectory;
import dev.loomshowcase.stubs.StubServer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.StructuredTaskScope;

/**
 * Scene 1, fetchAll: three network calls that only wait. The seed's Go original:
 * {@snippet lang=go :
 * func fetchAll() {
 *     // Sequential: 3 seconds
 *     user := fetchUser()      // 1s network wait
 *     posts := fetchPosts()    // 1s network wait
 *     comments := fetchComments() // 1s network wait
 *
 *     // Concurrent on 1 core: Still ~1 second!
 *     // Why? While waiting for network, other goroutines run
 *     go func() { user = fetchUser() }()
 *     go func() { posts = fetchPosts() }()
 *     go func() { comments = fetchComments() }()
 * }
 * }
 * The calls go to the stub services ({@code stub-services/}, about one second each) through
 * {@link Services} (the stubs' client is {@link Downstream}); every variant below returns the three
 * answers in the order user, posts, comments.
 */
public final class FetchAll {

    /** What the seed predicts and what to expect here: the fetch-all scenario prints this sentence. */
    public static final String HYPOTHESIS =
            "Seed: sequential = sum of the waits (~3 s); concurrent = the longest wait (~1 s), even on one core. "
            + "Expect virtual threads ~1 s on 1 carrier and on N; a platform pool of 1 thread serialises the waits again.";

    private FetchAll() {
    }

    /** One call after another: the waits add up. */
    public static List<String> sequential(Services api, long user) throws Exception {
        String profile = api.fetchUser(user);
        String posts = api.fetchPosts(user);
        String comments = api.fetchComments(user);
        return List.of(profile, posts, comments);
    }

    /** A virtual thread per call, forked and joined in one scope: the waits overlap, even on one carrier. */
    public static List<String> structured(Services api, long user) throws Exception {
        try (var scope = StructuredTaskScope.open()) {
            var profile = scope.fork(() -> api.fetchUser(user));
            var posts = scope.fork(() -> api.fetchPosts(user));
            var comments = scope.fork(() -> api.fetchComments(user));
            scope.join();
            return List.of(profile.get(), posts.get(), comments.get());
        }
    }

    /** A fixed pool of platform threads, one per carrier: with one thread the waits queue up again. */
    public static List<String> fixedPool(Services api, long user, int threads) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            return submitAll(pool, api, user);
        }
    }

    /** A new platform (OS) thread per call. */
    public static List<String> threadPerTask(Services api, long user) throws Exception {
        try (ExecutorService perTask = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().factory())) {
            return submitAll(perTask, api, user);
        }
    }

    private static List<String> submitAll(ExecutorService executor, Services api, long user) throws Exception {
        Future<String> profile = executor.submit(() -> api.fetchUser(user));
        Future<String> posts = executor.submit(() -> api.fetchPosts(user));
        Future<String> comments = executor.submit(() -> api.fetchComments(user));
        return List.of(profile.get(), posts.get(), comments.get());
    }

    /**
     * VM options: --enable-preview -Djdk.virtualThreadScheduler.parallelism=1 (one carrier, GOMAXPROCS(1)).
     * Runs each variant once against the embedded stubs (delays scaled to a fifth) and prints its time.
     */
    public static void main(String[] args) throws Exception {
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism", Runtime.getRuntime().availableProcessors());
        System.out.println(HYPOTHESIS);
        try (StubServer stubs = StubServer.start(StubDirectory.locate(), 0, 0.2);
             Downstream api = new Downstream(stubs.baseUrl(), Duration.ofSeconds(10))) {
            sequential(api, 1); // warm-up: class loading and the first connections
            time("sequential", () -> sequential(api, 1));
            time("structured (virtual)", () -> structured(api, 1));
            time("fixed pool of " + carriers, () -> fixedPool(api, 1, carriers));
            time("thread per task", () -> threadPerTask(api, 1));
        }
    }

    private static void time(String variant, Callable<?> run) throws Exception {
        long start = System.nanoTime();
        run.call();
        System.out.printf("%-22s %6d ms%n", variant, (System.nanoTime() - start) / 1_000_000);
    }
}
