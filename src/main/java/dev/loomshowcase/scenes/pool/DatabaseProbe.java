package dev.loomshowcase.scenes.pool;


import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Checks a user's database before any cell starts, so a URL that cannot connect costs one line and
 * a few seconds, not a table of failed cells.
 */
final class DatabaseProbe {

    static final int LOGIN_TIMEOUT_S = 5;

    private DatabaseProbe() {
    }

    /** Connects once and checks the connection; throws a one-line {@link DatabaseUnavailableException} otherwise. */
    static void requireReachable(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new DatabaseUnavailableException("unsupported JDBC URL '" + withoutSecrets(jdbcUrl)
                    + "': use jdbc:postgresql://HOST[:PORT]/DB?user=U&password=P");
        }
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_S);
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            if (!connection.isValid(LOGIN_TIMEOUT_S)) {
                throw new DatabaseUnavailableException("the database at " + withoutSecrets(jdbcUrl) + " did not answer");
            }
        } catch (SQLException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new DatabaseUnavailableException("cannot connect to " + withoutSecrets(jdbcUrl) + ": " + message);
        }
    }

    /** The URL without its query string, where a password may be. */
    static String withoutSecrets(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?...";
    }
}
