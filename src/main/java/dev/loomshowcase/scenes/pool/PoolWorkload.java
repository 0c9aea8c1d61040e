package dev.loomshowcase.scenes.pool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.loomshowcase.engine.CellSpec;
import dev.loomshowcase.engine.TaskRunner;
import dev.loomshowcase.engine.ThreadModel;
import dev.loomshowcase.engine.Workload;
import org.HdrHistogram.ConcurrentHistogram;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * N tasks, each running one query that waits W in the database, through a HikariCP pool of C
 * connections; the cell's thread model decides who runs them: a pool of P platform threads, a
 * virtual thread per task, or virtual threads behind a semaphore of P.
 *
 * <p>Why: a thread-per-request model is capped by its threads, and virtual threads lift that cap; the
 * connection pool is a second cap they do not lift. Little's law bounds the rate by min(N, C) / W
 * whatever the threads. The embedded database (H2 over TCP) starts here when no URL is given, and
 * stops when the workload closes.
 */
public final class PoolWorkload implements Workload {

    public static final String NAME = "pool";

    private final PoolSettings settings;
    private final ThreadModel model;
    private final EmbeddedDatabase embedded;
    private final HikariDataSource dataSource;
    private final ConnectionWaits waits = new ConnectionWaits();
    private final ConcurrentHistogram latencyNanos = new ConcurrentHistogram(TimeUnit.MINUTES.toNanos(10), 3);
    private final String sql;
    private final String database;
    private long completed;
    private long repetitions;
    private volatile long repetitionStart;

    PoolWorkload(PoolSettings settings, ThreadModel model) throws SQLException {
        this.settings = settings;
        this.model = model;
        this.embedded = settings.embedded() ? EmbeddedDatabase.start() : null;
        String url = embedded != null ? embedded.jdbcUrl() : settings.jdbcUrl();
        this.sql = SleepQuery.sql(url, settings.queryMs());
        try {
            this.dataSource = new HikariDataSource(config(url));
            this.database = describe(dataSource);
        } catch (RuntimeException | SQLException e) {
            closeEmbedded();
            throw e;
        }
    }

    public static Workload fromSpec(CellSpec spec) {
        try {
            return new PoolWorkload(PoolSettings.of(spec.params()), spec.model());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the pool: " + e.getMessage(), e);
        }
    }

    private HikariConfig config(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("loom-showcase-" + settings.connections());
        config.setMaximumPoolSize(settings.connections());
        config.setMinimumIdle(settings.connections());
        config.setConnectionTimeout(settings.connectionTimeoutMs());
        config.setMetricsTrackerFactory(waits);
        return config;
    }

    private static String describe(HikariDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
    }

    /** Threads run the tasks as the model says, P of them where the model has a bound. */
    @Override
    public List<Object> runRepetition(TaskRunner ignored) throws Exception {
        repetitionStart = System.nanoTime();
        List<Object> results = model.runner(settings.threads()).runAll(tasks());
        repetitions++;
        return results;
    }

    @Override
    public List<Callable<Object>> tasks() {
        List<Callable<Object>> tasks = new ArrayList<>(settings.tasks());
        for (int i = 0; i < settings.tasks(); i++) {
            tasks.add(this::query);
        }
        return tasks;
    }

    /** One query; true when it ran, false when the pool gave no connection in time. */
    private Object query() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLTransientConnectionException timedOut) {
            return Boolean.FALSE;
        }
        latencyNanos.recordValue(Math.min(System.nanoTime() - repetitionStart, latencyNanos.getHighestTrackableValue()));
        return Boolean.TRUE;
    }

    @Override
    public void verify(List<Object> results) {
        if (results.size() != settings.tasks()) {
            throw new IllegalStateException("expected " + settings.tasks() + " results, got " + results.size());
        }
        completed += results.stream().filter(Boolean.TRUE::equals).count();
    }

    @Override
    public void beginMeasurement() {
        waits.reset();
        latencyNanos.reset();
        completed = 0;
        repetitions = 0;
    }

    @Override
    public Map<String, Object> extras() {
        Map<String, Object> extras = new LinkedHashMap<>(settings.asExtras(model));
        extras.put("database", database);
        extras.put("completedPerRepetition", repetitions == 0 ? 0 : (double) completed / repetitions);
        extras.put("connectionWaitMs", waits.waitMs());
        extras.put("connectionTimeouts", waits.timeouts());
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("p50", latencyNanos.getValueAtPercentile(50) / 1e6);
        latency.put("p99", latencyNanos.getValueAtPercentile(99) / 1e6);
        extras.put("taskLatencyMs", latency);
        return extras;
    }

    @Override
    public void close() {
        dataSource.close();
        closeEmbedded();
    }

    private void closeEmbedded() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (SQLException e) {
                throw new IllegalStateException("the embedded database did not stop: " + e.getMessage(), e);
            }
        }
    }
}
