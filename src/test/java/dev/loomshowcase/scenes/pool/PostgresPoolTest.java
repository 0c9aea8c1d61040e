package dev.loomshowcase.scenes.pool;

import dev.loomshowcase.engine.ThreadModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The pool workload against a real PostgreSQL (pgjdbc, {@code pg_sleep}). CI runs it beside a private
 * cluster ({@code scripts/with-postgres}, which sets {@code LOOM_SHOWCASE_PG_URL}); without that
 * variable it skips, saying so: a port picked by guess may belong to another program on the machine.
 */
@Tag("slow")
@Timeout(120)
class PostgresPoolTest {

    static final String ENV = "LOOM_SHOWCASE_PG_URL";
    /** The URL of a PostgreSQL that answers; skips the test, with the reason, when there is none. */
    static String findPostgres() {
        String url = System.getenv(ENV);
        if (url == null || url.isBlank()) {
            Assumptions.abort(ENV + " is not set; run under scripts/with-postgres, or set it to a PostgreSQL JDBC URL");
        }
        DriverManager.setLoginTimeout(5);
        try (var connection = DriverManager.getConnection(url)) {
            connection.isValid(5);
        } catch (SQLException e) {
            fail(ENV + " is set, yet PostgreSQL did not answer there: " + e.getMessage());
        }
        return url;
    }

    @Test
    void virtualThreadsThroughTenConnectionsReachTenOverW() throws Exception {
        String url = findPostgres();
        int tasks = 100;
        int connections = 10;
        int queryMs = 50;
        var settings = new PoolSettings(url, tasks, connections, connections, queryMs, 30_000);
        try (var workload = new PoolWorkload(settings, ThreadModel.VIRTUAL)) {
            workload.verify(workload.runRepetition(null));
            workload.beginMeasurement();
            long t0 = System.nanoTime();
            List<Object> results = workload.runRepetition(null);
            double throughput = tasks / ((System.nanoTime() - t0) / 1e9);
            workload.verify(results);
            double bound = connections / (queryMs / 1000.0);
            assertTrue(throughput <= 1.05 * bound && throughput >= 0.5 * bound,
                    "throughput " + throughput + "/s against Little's bound " + bound + "/s");
            assertTrue(workload.extras().get("database").toString().startsWith("PostgreSQL"), workload.extras().toString());
        }
    }
}
