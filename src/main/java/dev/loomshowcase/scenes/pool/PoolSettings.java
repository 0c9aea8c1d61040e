package dev.loomshowcase.scenes.pool;

import dev.loomshowcase.engine.ThreadModel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings of one pool cell, as they travel in a cell's parameters.
 *
 * @param jdbcUrl             the database, or {@value #EMBEDDED} for the embedded H2 server
 * @param tasks               N, queries per repetition
 * @param connections         C, the pool's maximum (and minimum) size
 * @param threads             P, the platform pool's threads and the bounded model's permits
 * @param queryMs             W, how long each query waits in the database
 * @param connectionTimeoutMs how long a borrower waits for a connection before giving up
 */
public record PoolSettings(String jdbcUrl, int tasks, int connections, int threads, int queryMs, int connectionTimeoutMs) {

    public static final String EMBEDDED = "embedded";

    public PoolSettings {
        if (tasks < 1 || connections < 1 || threads < 1 || queryMs < 0 || connectionTimeoutMs < 250) {
            throw new IllegalArgumentException("pool settings out of range: N, C, P >= 1, W >= 0, time-out >= 250 ms");
        }
    }

    public boolean embedded() {
        return EMBEDDED.equals(jdbcUrl);
    }

    /** The settings as cell parameters. */
    public Map<String, String> asParams() {
        return Map.of("jdbcUrl", jdbcUrl, "tasks", Integer.toString(tasks), "connections", Integer.toString(connections),
                "threads", Integer.toString(threads), "queryMs", Integer.toString(queryMs),
                "connectionTimeoutMs", Integer.toString(connectionTimeoutMs));
    }

    /** Reads the settings back from cell parameters. */
    public static PoolSettings of(Map<String, String> params) {
        return new PoolSettings(params.get("jdbcUrl"), Integer.parseInt(params.get("tasks")),
                Integer.parseInt(params.get("connections")), Integer.parseInt(params.get("threads")),
                Integer.parseInt(params.get("queryMs")), Integer.parseInt(params.get("connectionTimeoutMs")));
    }

    /** What the report shows of these settings (never the URL, which may hold a password). */
    Map<String, Object> asExtras(ThreadModel model) {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("tasks", tasks);
        extras.put("connections", connections);
        extras.put("threads", model == ThreadModel.VIRTUAL ? tasks : threads);
        extras.put("queryMs", queryMs);
        extras.put("connectionTimeoutMs", connectionTimeoutMs);
        extras.put("embedded", embedded());
        return extras;
    }
}
