package dev.loomshowcase.scenes.structured;

import dev.loomshowcase.stubs.StubMappings;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The delays the stub mappings promise, times the run's delay scale, so a case can tell "ended at
 * the failure" from "waited for the slowest sibling". Read from the mappings in the parent
 * ({@link #read}), and handed to the cell's child as parameters ({@link #toParams}, {@link #fromParams}).
 *
 * @param call     the slowest of users, posts and comments (1000 ms as written)
 * @param failure  the later of /posts?userId=500 (HTTP 500) and /comments?userId=502 (reset): 100 ms as written
 * @param replicas /replicas/{1,2,3}/quote, in that order (900, 300 and 600 ms as written)
 */
public record StubDelays(Duration call, Duration failure, List<Duration> replicas) {

    static final String CALL = "stubCallMs";
    static final String FAILURE = "stubFailureMs";
    static final String REPLICAS = "stubReplicaMs";

    public StubDelays {
        replicas = List.copyOf(replicas);
    }

    /** The delays the mappings promise, each scaled (quick runs shorten every stub delay). */
    public static StubDelays read(StubMappings mappings, double scale) {
        return new StubDelays(
                scaled(slowest(mappings, "users-1", "posts", "comments"), scale),
                scaled(slowest(mappings, "posts-failing", "comments-reset"), scale),
                Stream.of("replica-1", "replica-2", "replica-3").map(m -> scaled(mappings.fixedDelay(m), scale)).toList());
    }

    /** The delays as cell parameters, in milliseconds. */
    public Map<String, String> toParams() {
        return Map.of(CALL, Long.toString(call.toMillis()), FAILURE, Long.toString(failure.toMillis()),
                REPLICAS, replicas.stream().map(d -> Long.toString(d.toMillis())).collect(Collectors.joining(",")));
    }

    /** The delays back from a cell's parameters. */
    static StubDelays fromParams(Map<String, String> params) {
        return new StubDelays(millis(params, CALL), millis(params, FAILURE),
                Arrays.stream(required(params, REPLICAS).split(",")).map(s -> Duration.ofMillis(Long.parseLong(s.strip()))).toList());
    }

    /** /replicas/{replica}/quote's delay, replica 1 to 3. */
    public Duration replica(int replica) {
        if (replica < 1 || replica > replicas.size()) {
            throw new IllegalArgumentException("no replica " + replica);
        }
        return replicas.get(replica - 1);
    }

    private static Duration slowest(StubMappings mappings, String... names) {
        return Stream.of(names).map(mappings::fixedDelay).max(Duration::compareTo).orElseThrow();
    }

    private static Duration scaled(Duration written, double scale) {
        return Duration.ofMillis(Math.round(written.toMillis() * scale));
    }

    private static Duration millis(Map<String, String> params, String name) {
        return Duration.ofMillis(Long.parseLong(required(params, name)));
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing cell parameter '" + name + "'");
        }
        return value;
    }
}
