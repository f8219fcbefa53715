package id.arus.billing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Cluster-wide try-locks for the billing jobs (PostgreSQL advisory locks), so of several Arus nodes only one
 * delivers invoices or marks them overdue at a time. The lock lives on a connection of its own for the
 * length of the work, which commits as it goes; whoever does not get it skips this round.
 */
@Component
class BillingLocks {

    /** What a lock guards; the value is the advisory lock's second key (the first is the billing module's). */
    enum Job {
        DELIVERY(1), OVERDUE(2);

        private final int key;

        Job(int key) {
            this.key = key;
        }
    }

    private static final int BILLING = 0x42494C;

    private final DataSource dataSource;

    BillingLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} holding the job's lock; returns false (and does nothing) when another holds it. */
    boolean tryRun(Job job, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!lock(connection, "select pg_try_advisory_lock(?, ?)", job)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                lock(connection, "select pg_advisory_unlock(?, ?)", job);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the billing " + job + " lock: " + e.getMessage(), e);
        }
    }

    private static boolean lock(Connection connection, String sql, Job job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, BILLING);
            statement.setInt(2, job.key);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
