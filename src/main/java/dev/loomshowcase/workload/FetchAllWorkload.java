package dev.loomshowcase.workload;

import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.observe.CarrierRecorder;
import dev.loomshowcase.observe.PhaseListener;

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
    private PhaseListener live = PhaseListener.NONE;

    public FetchAllWorkload(Downstream downstream, long userId) {
        this.downstream = downstream;
        this.userId = userId;
    }

    /** Builds the workload from a cell's {@code stubs} and optional {@code user} parameters. */
    public static FetchAllWorkload fromSpec(CellSpec spec) {
        URI stubs = URI.create(spec.param("stubs"));
        long user = Long.parseLong(spec.params().getOrDefault("user", "1"));
        FetchAllWorkload workload = new FetchAllWorkload(new Downstream(stubs, Duration.ofSeconds(30)), user);
        workload.live = LivePhases.forCell(spec);
        return workload;
    }

    @Override
    public List<Callable<Object>> tasks() {
        if (live != PhaseListener.NONE) {
            return watched(new CarrierRecorder(live));
        }
        return List.of(
                () -> downstream.fetchUser(userId),
                () -> downstream.fetchPosts(userId),
                () -> downstream.fetchComments(userId));
    }

    /** The same three calls, each told to a live view as a wait (off any carrier) while it waits. */
    private List<Callable<Object>> watched(CarrierRecorder rec) {
        return List.of(
                () -> rec.await("user", () -> downstream.fetchUser(userId)),
                () -> rec.await("posts", () -> downstream.fetchPosts(userId)),
                () -> rec.await("comments", () -> downstream.fetchComments(userId)));
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
