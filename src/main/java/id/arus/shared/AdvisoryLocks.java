package id.arus.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL advisory locks, the one way Arus nodes sharing a database take turns. Every key Arus uses is named
 * here, so two features can never pick the same number by accident.
 *
 * <p>Two scopes:
 * <ul>
 *   <li>a <b>session</b> lock held on a connection of its own for the length of some work that commits as it goes
 *       ({@link #tryRun}, {@link #tryCall}); never waits: whoever does not get it skips, as the holder does the
 *       same work;</li>
 *   <li>a <b>transaction</b> lock, released when the caller's transaction ends ({@link #lockForTransaction} waits,
 *       {@link #tryLockForTransaction} does not).</li>
 * </ul>
 * PostgreSQL keeps the single-{@code bigint} keys and the two-{@code int} keys apart, so a {@link Key} remembers
 * which form it is and every call uses the same form for it.
 */
public final class AdvisoryLocks {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryLocks.class);

    /** One lock for the whole cluster (single {@code bigint} key, the name's ASCII). */
    public enum Single {
        /** checking and removing the last active administrator ("ARUSADMN") */
        ADMIN_GUARD(0x4152555341444D4EL),
        /** appending to the hash-chained audit trail ("ARUSAUDT") */
        AUDIT_CHAIN(0x4152555341554454L),
        /** creating and dropping telemetry partitions ("ARUSTELE") */
        TELEMETRY_PARTITIONS(0x4152555354454C45L),
        /** starting dunning processes ("DUNN") */
        DUNNING_START(0x44554E4EL);

        final long key;

        Single(long key) {
            this.key = key;
        }
    }

    /** A family of locks, one per id (two-{@code int} key: the space, then the id). */
    public enum Space {
        /** starting or ending the failover of a primary router (id: the primary's) */
        FAILOVER(0x4641),
        /** a reconcile a failover move owes a router (id: the router's) */
        FAILOVER_RECONCILE(0x4652),
        /** recording a status of a NAS (id: the NAS's) */
        NAS_STATUS(0x4E41),
        /** recording the usage of a router's sessions (id: the router's) */
        ROUTER_USAGE(0x5553),
        /** starting the outage process of a NAS, "NOC" (id: the NAS's) */
        ROUTER_OUTAGE(0x4E4F43),
        /** a billing job, "BIL" (id: {@link BillingJob#id}) */
        BILLING_JOB(0x42494C),
        /** the billing run of a period, "BRN1" (id: the period start's epoch day; the run screen reads pg_locks by it) */
        BILLING_RUN(0x42524E31),
        /** spending one customer's credit, "CR" (id: the customer's) */
        CUSTOMER_CREDIT(0x4352);

        private final int key;

        Space(int key) {
            this.key = key;
        }

        /** The first key, for queries on {@code pg_locks} ({@code classid}). */
        public int key() {
            return key;
        }
    }

    /** The ids within {@link Space#BILLING_JOB}. */
    public enum BillingJob {
        DELIVERY(1), OVERDUE(2);

        private final int id;

        BillingJob(int id) {
            this.id = id;
        }
    }

    /** A lock's key and the SQL arguments PostgreSQL's advisory lock functions take for it. */
    public static final class Key {
        private final String arguments;
        private final List<Object> values;
        private final String name;

        private Key(String arguments, List<Object> values, String name) {
            this.arguments = arguments;
            this.values = values;
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private AdvisoryLocks() {
    }

    public static Key of(Single lock) {
        return new Key("?", List.of(lock.key), lock.name());
    }

    /** Ids beyond the {@code int} range share a lock with another id: only more serialisation, never less. */
    public static Key of(Space space, long id) {
        return new Key("?, ?", List.of(space.key, (int) id), space.name() + " " + id);
    }

    public static Key of(BillingJob job) {
        return of(Space.BILLING_JOB, job.id);
    }

    /**
     * A lock per name for things without a numeric id (single {@code bigint} key: PostgreSQL's 64-bit hash of the
     * name, seed 68, computed by the database so every node agrees). Prefix the name with what it locks.
     */
    public static Key ofName(String name) {
        return new Key("hashtextextended(?, 68)", List.of(name), name);
    }

    /**
     * Runs {@code work} holding the session lock on a connection of its own, or does nothing when another thread
     * or node holds it.
     *
     * @return whether the work ran
     */
    public static boolean tryRun(DataSource dataSource, Key key, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            return tryCall(connection, key, () -> {
                work.run();
                return Boolean.TRUE;
            }).isPresent();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the advisory lock " + key + ": " + e.getMessage(), e);
        }
    }

    /**
     * Calls {@code work} holding the session lock on {@code connection} (the caller's own, in auto-commit, e.g. to
     * try again on it), or returns empty at once when another thread or node holds it.
     *
     * @param work must not answer null
     */
    public static <T> Optional<T> tryCall(Connection connection, Key key, Supplier<T> work) throws SQLException {
        connection.setAutoCommit(true);
        if (!call(connection, "pg_try_advisory_lock", key)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Objects.requireNonNull(work.get(), "work under a lock answered null"));
        } finally {
            try {
                call(connection, "pg_advisory_unlock", key);
            } catch (SQLException e) {
                // the work's outcome stands; a connection this broken ends its session and the lock with it
                log.warn("Could not release the advisory lock {}: {}", key, e.toString());
            }
        }
    }

    /** Waits for the lock and holds it until the caller's transaction ends (needs one). */
    public static void lockForTransaction(JdbcClient jdbc, Key key) {
        jdbc.sql("select pg_advisory_xact_lock(" + key.arguments + ")").params(key.values).query().singleRow();
    }

    /** Takes the lock until the caller's transaction ends (needs one); false at once when another holds it. */
    public static boolean tryLockForTransaction(JdbcClient jdbc, Key key) {
        return jdbc.sql("select pg_try_advisory_xact_lock(" + key.arguments + ")").params(key.values)
                .query(Boolean.class).single();
    }

    private static boolean call(Connection connection, String function, Key key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(" + key.arguments + ")")) {
            for (int i = 0; i < key.values.size(); i++) {
                statement.setObject(i + 1, key.values.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
