package dev.loomshowcase.scenes.pool;

import org.h2.tools.Server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real database engine behind a real socket that starts by itself, with no install, as root too:
 * H2 2.x in TCP server mode on a free port (port 0), holding one in-memory database with a
 * {@code SLEEP_MS(ms)} function, so a query waits in the database as a slow query would.
 *
 * <p>Why H2 and not an embedded PostgreSQL: PostgreSQL's server refuses to run as root (CI does), so
 * it cannot be the default; {@code --jdbc-url} reaches a real PostgreSQL where one runs. The server's
 * threads live in the JVM that opened it, and {@link #close()} stops them: no process is left behind.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final String NAME = "mem:loomshowcase-pool";

    private final Connection keeper;
    private final Server server;

    private EmbeddedDatabase(Connection keeper, Server server) {
        this.keeper = keeper;
        this.server = server;
    }

    /** Creates the in-memory database and its sleep function, then serves it over TCP on a free port. */
    public static EmbeddedDatabase start() throws SQLException {
        Connection keeper = DriverManager.getConnection("jdbc:h2:" + NAME + ";DB_CLOSE_DELAY=-1");
        try (Statement statement = keeper.createStatement()) {
            statement.execute("CREATE ALIAS IF NOT EXISTS SLEEP_MS FOR '" + EmbeddedDatabase.class.getName() + ".sleepMs'");
            Server server = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon").start();
            return new EmbeddedDatabase(keeper, server);
        } catch (SQLException | RuntimeException e) {
            keeper.close();
            throw e;
        }
    }

    /** The URL a client connects with: over the loopback socket, never in-process. */
    public String jdbcUrl() {
        return "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/" + NAME;
    }

    /**
     * The body of {@code SLEEP_MS}: runs on the database's own session thread, as a slow query would
     * hold the database's resources, not the client's.
     */
    public static int sleepMs(int millis) throws InterruptedException {
        Thread.sleep(millis);
        return millis;
    }

    @Override
    public void close() throws SQLException {
        try {
            server.stop();
        } finally {
            keeper.close();
        }
    }
}
