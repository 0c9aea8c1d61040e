package dev.loomshowcase.workload.async;

import dev.loomshowcase.downstream.AsyncDownstream;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Workload;
import dev.loomshowcase.engine.WorkloadProvider;
import dev.loomshowcase.workload.FetchAllWorkload;
import dev.loomshowcase.workload.MixedWorkload;
import dev.loomshowcase.workload.PaymentsWorkload;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The async twins of fetch-all, mixed and payments, named {@code <workload>-async}: each cell's
 * async program runs on an executor of n platform threads (n = the cell's carriers), which also
 * runs the HTTP client's completions, so async@N has as many threads as virtual@N has carriers.
 */
public final class AsyncWorkloads implements WorkloadProvider {

    /** The name of a workload's async twin. */
    public static String twinOf(String workload) {
        return workload + "-async";
    }

    @Override
    public Map<String, Function<CellSpec, Workload>> workloads() {
        return Map.of(
                twinOf(FetchAllWorkload.NAME), AsyncWorkloads::fetchAll,
                twinOf(MixedWorkload.NAME), AsyncWorkloads::mixed,
                twinOf(PaymentsWorkload.NAME), AsyncWorkloads::payments);
    }

    private static Workload fetchAll(CellSpec spec) {
        ExecutorService executor = executor(spec);
        AsyncDownstream downstream = new AsyncDownstream(URI.create(spec.param("stubs")), Duration.ofSeconds(30), executor);
        long user = Long.parseLong(spec.params().getOrDefault("user", "1"));
        return new AsyncTwin(FetchAllWorkload.fromSpec(spec),
                () -> List.copyOf(FetchAllAsync.fetchAll(downstream, user)), closing(downstream, executor));
    }

    private static Workload mixed(CellSpec spec) {
        ExecutorService executor = executor(spec);
        AsyncDownstream downstream = new AsyncDownstream(URI.create(spec.param("stubs")), Duration.ofSeconds(30), executor);
        int tasks = Integer.parseInt(spec.param("tasks"));
        int rounds = Integer.parseInt(spec.param("rounds"));
        return new AsyncTwin(MixedWorkload.fromSpec(spec),
                () -> List.copyOf(MixedAsync.digests(downstream, executor, tasks, rounds)), closing(downstream, executor));
    }

    /** Payments are CPU only: each signature a supplyAsync on the executor of n, joined with allOf. */
    private static Workload payments(CellSpec spec) {
        PaymentsWorkload blocking = PaymentsWorkload.fromSpec(spec);
        var runner = ThreadModel.ASYNC.runner(spec.carriers());
        return new AsyncTwin(blocking, () -> runner.runAll(blocking.tasks()), null);
    }

    private static ExecutorService executor(CellSpec spec) {
        return Executors.newFixedThreadPool(spec.carriers(), Thread.ofPlatform().name("async-", 0).daemon(true).factory());
    }

    private static AutoCloseable closing(AsyncDownstream downstream, ExecutorService executor) {
        return () -> {
            downstream.close();
            executor.shutdownNow();
        };
    }
}
