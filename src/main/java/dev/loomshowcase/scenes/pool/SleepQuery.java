package dev.loomshowcase.scenes.pool;

import java.util.Locale;

/**
 * The one query of the pool scenario, in the dialect of the database a JDBC URL names: it waits
 * {@code W} inside the database, so the connection is held for W while the client's thread waits.
 */
public final class SleepQuery {

    private SleepQuery() {
    }

    /** The SQL that waits {@code millis} in the database named by {@code jdbcUrl}. */
    public static String sql(String jdbcUrl, int millis) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return String.format(Locale.ROOT, "SELECT pg_sleep(%.3f)", millis / 1000.0);
        }
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return "CALL SLEEP_MS(" + millis + ")";
        }
        throw new IllegalArgumentException("unsupported JDBC URL '" + jdbcUrl + "': use jdbc:postgresql://HOST[:PORT]/DB?user=U&password=P");
    }

    /** True for the URLs {@link #sql} understands (H2 only as the embedded database, which defines SLEEP_MS). */
    public static boolean supports(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") || jdbcUrl.startsWith("jdbc:h2:");
    }
}
