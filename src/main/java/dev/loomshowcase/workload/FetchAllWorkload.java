package dev.loomshowcase.workload;

import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The seed's {@code fetchAll}: fetch a user, their posts and their comments; three independent
 * calls of about one downstream delay each. Pure waiting: the CPU has almost nothing to do.
 */
public final class FetchAllWorkload implements Workload {

    public static final String NAME = "fetch-all";

    private final Downstream downstream;
    private final long userId;

    public FetchAllWorkload(Downstream downstream, long userId) {
        this.downstream = downstream;
        this.userId = userId;
    }

    /** Builds the workload from a cell's {@code stubs} and optional {@code user} parameters. */
    public static FetchAllWorkload fromSpec(CellSpec spec) {
        URI stubs = URI.create(spec.param("stubs"));
        long user = Long.parseLong(spec.params().getOrDefault("user", "1"));
        return new FetchAllWorkload(new Downstream(stubs, Duration.ofSeconds(30)), user);
    }

    @Override
    public List<Callable<Object>> tasks() {
        return List.of(
                () -> downstream.fetchUser(userId),
                () -> downstream.fetchPosts(userId),
                () -> downstream.fetchComments(userId));
    }

    @Override
    public void verify(List<Object> results) {
        if (results.size() != 3 || results.stream().anyMatch(r -> !(r instanceof String s) || s.isBlank())) {
            throw new IllegalStateException("fetchAll expected three non-empty answers, got " + results);
        }
    }

    @Override
    public void close() {
        downstream.close();
    }
}
