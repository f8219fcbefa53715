package id.arus.network.internal;

import id.arus.network.NasStatus;
import id.arus.network.NasStatusChange;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code nas_failover} rows (a primary's subscribers carried by its backup), the reconciles a failover
 * move still owes ({@code nas_failover_reconcile}) and the facts failover and placement decide on: each
 * router's latest recorded status and how many subscribers are desired on it.
 */
@Repository
public class FailoverStore {

    /** A failover in force. */
    public record Active(long primaryId, long backupId, Instant startedAt, String reason, String startedBy, boolean manual) {
    }

    /** A router whose reconcile after a failover move has not succeeded yet. */
    public record Owed(long nasId, Instant owedSince, String purpose, int attempts, String lastError) {
    }

    private final JdbcClient jdbc;
    private final NasProber statuses;

    FailoverStore(JdbcClient jdbc, NasProber statuses) {
        this.jdbc = jdbc;
        this.statuses = statuses;
    }

    public List<Active> active() {
        return jdbc.sql("select primary_id, backup_id, started_at, reason, started_by, manual from nas_failover order by primary_id")
                .query((rs, n) -> new Active(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6)))
                .list();
    }

    public Optional<Active> active(long primaryId) {
        return active().stream().filter(a -> a.primaryId() == primaryId).findFirst();
    }

    /**
     * Starts a failover unless one is already in force for the primary or the backup is itself a failed
     * primary (no chains). The insert decides, so two nodes racing never both start the same failover.
     *
     * @return whether this call started it
     */
    public boolean start(long primaryId, long backupId, Instant at, String reason, String startedBy, boolean manual) {
        return jdbc.sql("""
                insert into nas_failover (primary_id, backup_id, started_at, reason, started_by, manual)
                select :primary, :backup, :at, :reason, :by, :manual
                where not exists (select 1 from nas_failover where primary_id = :backup)
                on conflict (primary_id) do nothing""")
                .param("primary", primaryId).param("backup", backupId).param("at", Timestamp.from(at))
                .param("reason", reason).param("by", startedBy).param("manual", manual)
                .update() == 1;
    }

    /** Ends the failover of the primary; only the caller that gets {@code true} ended it. */
    public boolean end(long primaryId) {
        return jdbc.sql("delete from nas_failover where primary_id = ?").param(primaryId).update() == 1;
    }

    /**
     * Locks the backup's registry row for the rest of the transaction, so two failovers onto the same
     * backup check its remaining room one after the other.
     */
    public void lockRouter(long nasId) {
        jdbc.sql("select id from nas where id = ? for update").param(nasId).query(Long.class).optional();
    }

    /** The latest recorded status of every router that has one. */
    public Map<Long, NasStatusChange> latestStatuses() {
        return statuses.latestStatuses();
    }

    /** How many subscribers (PPP secrets and hotspot users) are desired on each router of its own (routers with none are absent). */
    public Map<Long, Integer> ownSubscribers() {
        Map<Long, Integer> counts = new HashMap<>();
        // a subscriber dials in by a PPP secret or logs in as a hotspot user
        jdbc.sql("""
                select nas_id, count(*) from (
                    select nas_id from nas_ppp_secret
                    union all
                    select nas_id from nas_desired_entry where kind = 'HOTSPOT_USER') subscribers
                group by nas_id""")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Records that the router must be reconciled for a failover move; keeps the older date if already owed. */
    public void owe(long nasId, String purpose) {
        jdbc.sql("""
                insert into nas_failover_reconcile (nas_id, purpose) values (?, ?)
                on conflict (nas_id) do update set purpose = excluded.purpose""")
                .param(nasId).param(purpose).update();
    }

    public List<Owed> owed() {
        return jdbc.sql("select nas_id, owed_since, purpose, attempts, last_error from nas_failover_reconcile order by owed_since")
                .query((rs, n) -> new Owed(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4),
                        rs.getString(5)))
                .list();
    }

    public void paid(long nasId) {
        jdbc.sql("delete from nas_failover_reconcile where nas_id = ?").param(nasId).update();
    }

    public void attemptFailed(long nasId, String error) {
        jdbc.sql("update nas_failover_reconcile set attempts = attempts + 1, last_error = ? where nas_id = ?")
                .param(error).param(nasId).update();
    }
}
