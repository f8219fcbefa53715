package id.arus.network.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code network_reconcile_job} table: the automatic reconciles waiting to run, one row per NAS. The
 * rows are the schedule, so a retry due in four minutes still runs after a restart.
 */
@Repository
public class ReconcileQueue {

    private final JdbcClient jdbc;

    ReconcileQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A reconcile that is due, or waits for its next attempt. */
    public record Job(long nasId, Instant dueAt, int attempts, Instant firstFailure, String lastError) {
    }

    /**
     * Asks for a reconcile after {@code debounce}. A NAS that already waits keeps its earlier time, so a
     * burst of changes costs one reconcile; one waiting for a retry keeps its back-off. When the row is being
     * run right now this waits for that run to finish and then queues a new one, because the running one may
     * have read the desired state before this change.
     */
    public void request(long nasId, Duration debounce) {
        jdbc.sql("""
                insert into network_reconcile_job (nas_id, due_at) values (:nas, now() + :wait * interval '1 millisecond')
                on conflict (nas_id) do update set due_at = least(network_reconcile_job.due_at, excluded.due_at),
                    requested_at = now()
                where network_reconcile_job.attempts = 0""")
                .param("nas", nasId).param("wait", debounce.toMillis()).update();
    }

    /**
     * Takes the next due job and keeps it locked until the caller's transaction ends; a job another node
     * holds is skipped, so each runs on one node. Must be called inside a transaction.
     */
    public Optional<Job> claimDue() {
        return jdbc.sql("""
                select nas_id, due_at, attempts, first_failure, last_error from network_reconcile_job
                where due_at <= now() order by due_at limit 1 for update skip locked""")
                .query((rs, n) -> new Job(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getInt(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .optional();
    }

    public void done(long nasId) {
        jdbc.sql("delete from network_reconcile_job where nas_id = ?").param(nasId).update();
    }

    /** Records a failed attempt and when to try again. */
    public void retryLater(long nasId, int attempts, Duration wait, String error) {
        jdbc.sql("""
                update network_reconcile_job set attempts = :attempts, due_at = now() + :wait * interval '1 millisecond',
                    first_failure = coalesce(first_failure, now()), last_error = :error where nas_id = :nas""")
                .param("attempts", attempts).param("wait", wait.toMillis()).param("error", error).param("nas", nasId)
                .update();
    }
}
