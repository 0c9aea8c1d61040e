package dev.loomshowcase.scenes.fetchall;

import dev.loomshowcase.workload.SeedVariants;
import dev.loomshowcase.workload.LivePhases;
import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.downstream.Services;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.TaskRunner;
import dev.loomshowcase.engine.ThreadModel;
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
 *
 * <p>Each repetition runs the variant written out in {@link FetchAll} for the cell's thread model,
 * so the code a speaker shows is the code measured.
 */
public final class FetchAllWorkload implements Workload {

    public static final String NAME = "fetch-all";

    private final Downstream downstream;
    private final long userId;
    private final ThreadModel model;
    private final int carriers;
    private PhaseListener live = PhaseListener.NONE;

    public FetchAllWorkload(Downstream downstream, long userId, ThreadModel model, int carriers) {
        this.downstream = downstream;
        this.userId = userId;
        this.model = model;
        this.carriers = carriers;
    }

    /** The user whose profile, posts and comments each repetition fetches. */
    long user() {
        return userId;
    }

    /** Builds the workload from a cell's {@code stubs} and optional {@code user} parameters. */
    public static FetchAllWorkload fromSpec(CellSpec spec) {
        URI stubs = URI.create(spec.param("stubs"));
        long user = Long.parseLong(spec.params().getOrDefault("user", "1"));
        FetchAllWorkload workload = new FetchAllWorkload(new Downstream(stubs, Duration.ofSeconds(30)), user,
                spec.model(), spec.carriers());
        workload.live = LivePhases.forCell(spec);
        return workload;
    }

    /**
     * The seed's variant for the cell's model. A cell streamed live to the dashboard runs the same variant
     * with each call told to the live view as a wait while it waits.
     */
    @Override
    public List<Object> runRepetition(TaskRunner runner) throws Exception {
        Services api = live == PhaseListener.NONE ? downstream : new WatchedServices(downstream, new CarrierRecorder(live));
        return List.copyOf(fetchAll(model, carriers, api, userId));
    }

    /** The seed's variant for {@code model}; where the seed writes none, the model's runner over the same three calls. */
    public static List<String> fetchAll(ThreadModel model, int carriers, Services api, long user) throws Exception {
        return new SeedVariants<List<String>>(() -> FetchAll.sequential(api, user), () -> FetchAll.structured(api, user),
                threads -> FetchAll.fixedPool(api, user, threads), () -> FetchAll.threadPerTask(api, user),
                runner -> runner.runAll(calls(api, user)))
                .run(model, carriers);
    }

    @Override
    public List<Callable<Object>> tasks() {
        return calls(downstream, userId).stream().<Callable<Object>>map(call -> call::call).toList();
    }

    private static List<Callable<String>> calls(Services api, long user) {
        return List.of(() -> api.fetchUser(user), () -> api.fetchPosts(user), () -> api.fetchComments(user));
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
