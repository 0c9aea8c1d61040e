package dev.loomshowcase.scenes.pool;

import dev.loomshowcase.engine.ThreadModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pool workload against the embedded database: Little's bound caps every thread model. */
@Tag("slow")
@Timeout(60)
class PoolWorkloadTest {

    private static final int TASKS = 40;
    private static final int CONNECTIONS = 4;
    private static final int QUERY_MS = 50;

    @ParameterizedTest
    @EnumSource(value = ThreadModel.class, names = {"PLATFORM_POOL", "VIRTUAL", "VIRTUAL_BOUNDED"})
    void everyModelIsCappedByTheConnectionsNotTheThreads(ThreadModel model) throws Exception {
        var settings = new PoolSettings(PoolSettings.EMBEDDED, TASKS, CONNECTIONS, CONNECTIONS, QUERY_MS, 30_000);
        try (var workload = new PoolWorkload(settings, model)) {
            workload.verify(workload.runRepetition(null));
            workload.beginMeasurement();
            long t0 = System.nanoTime();
            List<Object> results = workload.runRepetition(null);
            double seconds = (System.nanoTime() - t0) / 1e9;
            workload.verify(results);
            double bound = (double) CONNECTIONS / (QUERY_MS / 1000.0);
            double throughput = TASKS / seconds;
            assertTrue(throughput <= 1.05 * bound, "faster than Little's bound " + bound + "/s: " + throughput);
            assertTrue(throughput >= 0.5 * bound, "far below Little's bound " + bound + "/s: " + throughput);
            Map<String, Object> extras = workload.extras();
            assertEquals(0L, extras.get("connectionTimeouts"));
            assertEquals((double) TASKS, extras.get("completedPerRepetition"));
            assertTrue(extras.get("database").toString().startsWith("H2"), extras.get("database").toString());
        }
    }

    @Test
    void virtualThreadsWaitInThePoolAndTimeOutWhenItIsTooSlow() throws Exception {
        var settings = new PoolSettings(PoolSettings.EMBEDDED, 20, 1, 1, 200, 250);
        try (var workload = new PoolWorkload(settings, ThreadModel.VIRTUAL)) {
            workload.beginMeasurement();
            workload.verify(workload.runRepetition(null));
            long timeouts = (Long) workload.extras().get("connectionTimeouts");
            assertTrue(timeouts >= 10, "20 tasks, 1 connection held 200 ms each, 250 ms time-out: most must time out, got " + timeouts);
        }
    }

    @Test
    void theEmbeddedDatabaseStopsWithTheWorkload() throws Exception {
        String url;
        try (EmbeddedDatabase database = EmbeddedDatabase.start()) {
            url = database.jdbcUrl();
            try (var connection = DriverManager.getConnection(url)) {
                assertTrue(connection.isValid(5));
            }
        }
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url).close());
    }
}
