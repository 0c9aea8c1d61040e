package dev.loomshowcase.workload.structured;

import java.time.Duration;

/**
 * The delays the stub mappings promise (stub-services/mappings), times the run's delay scale, so a
 * case can tell "ended at the failure" from "waited for the slowest sibling".
 *
 * @param scale the factor quick runs apply to every stub delay
 */
public record StubDelays(double scale) {

    /** users, posts and comments: 1000 ms as written. */
    public Duration call() {
        return scaled(1000);
    }

    /** /posts?userId=500 answers 500 and /comments?userId=502 resets, both after 100 ms. */
    public Duration failure() {
        return scaled(100);
    }

    /** /replicas/{1,2,3}/quote: 900, 300 and 600 ms. */
    public Duration replica(int replica) {
        return scaled(switch (replica) {
            case 1 -> 900;
            case 2 -> 300;
            case 3 -> 600;
            default -> throw new IllegalArgumentException("no replica " + replica);
        });
    }

    private Duration scaled(long millis) {
        return Duration.ofMillis(Math.round(millis * scale));
    }
}
