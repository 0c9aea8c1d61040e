package dev.loomshowcase.scenes.mixed;

import dev.loomshowcase.downstream.Downstream;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.Workload;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Mixed I/O + CPU: each task fetches a user's posts (one downstream wait), then hashes the body
 * {@code rounds} times (real CPU work on the response). The wait can overlap with other tasks' work
 * on one carrier; the hashing can only go faster with more carriers.
 */
public final class MixedWorkload implements Workload {

    public static final String NAME = "mixed";

    private final Downstream downstream;
    final int tasks;
    final int rounds;

    public MixedWorkload(Downstream downstream, int tasks, int rounds) {
        if (tasks < 1 || rounds < 1) {
            throw new IllegalArgumentException("mixed needs tasks >= 1 and rounds >= 1, got " + tasks + ", " + rounds);
        }
        this.downstream = downstream;
        this.tasks = tasks;
        this.rounds = rounds;
    }

    /** Builds the workload from a cell's {@code stubs}, {@code tasks} and {@code rounds} parameters. */
    public static MixedWorkload fromSpec(CellSpec spec) {
        URI stubs = URI.create(spec.param("stubs"));
        MixedParams params = MixedParams.ofCell(spec.params());
        return new MixedWorkload(new Downstream(stubs, Duration.ofSeconds(30)), params.tasks(), params.rounds());
    }

    @Override
    public List<Callable<Object>> tasks() {
        List<Callable<Object>> list = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            long user = i + 1;
            list.add(() -> {
                String body = downstream.fetchPosts(user);
                return HexFormat.of().formatHex(HashChain.hash(body.getBytes(StandardCharsets.UTF_8), rounds));
            });
        }
        return list;
    }

    @Override
    public void verify(List<Object> results) {
        if (results.size() != tasks || results.stream().anyMatch(r -> !(r instanceof String s) || s.length() != 64)) {
            throw new IllegalStateException("mixed expected " + tasks + " SHA-256 digests, got " + results);
        }
    }

    @Override
    public Map<String, Object> extras() {
        return Map.of("tasks", tasks, "hashRounds", rounds);
    }

    @Override
    public void close() {
        downstream.close();
    }
}
