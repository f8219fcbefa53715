package id.arus.network.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Cluster-wide try-locks on PostgreSQL advisory locks, so that of several Arus nodes only one acts on a
 * failover (or reconciles a router for one) at a time. A lock is held on its own connection for the
 * duration of the work, not inside a transaction: the work itself commits as it goes (a reconcile is
 * stored even when it fails). Never waits: whoever does not get the lock skips, as the holder is doing
 * the same work.
 */
@Component
public class FailoverLocks {

    /** What a lock guards; the value is the advisory lock's first key. */
    public enum Kind {
        /** starting or ending the failover of a primary (second key: the primary's id) */
        FAILOVER(0x4641),
        /** a reconcile a failover move owes a router (second key: the router's id) */
        RECONCILE(0x4652);

        private final int key;

        Kind(int key) {
            this.key = key;
        }
    }

    private final DataSource dataSource;

    FailoverLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} holding the lock, or does nothing when another thread or node holds it.
     *
     * @return whether the work ran
     */
    public boolean tryRun(Kind kind, long id, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!call(connection, "select pg_try_advisory_lock(?, ?)", kind, id)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "select pg_advisory_unlock(?, ?)", kind, id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the " + kind + " lock for " + id + ": " + e.getMessage(), e);
        }
    }

    private static boolean call(Connection connection, String sql, Kind kind, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, kind.key);
            // ids beyond int range would share a lock with another id: only more serialisation, never less
            statement.setInt(2, (int) id);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
