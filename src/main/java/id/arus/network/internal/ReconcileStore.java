package id.arus.network.internal;

import id.arus.network.ReconcileReport;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code nas_reconcile} table: the last reconcile of each NAS, for the drift view. */
@Repository
public class ReconcileStore {

    private final JdbcClient jdbc;

    ReconcileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(ReconcileReport r) {
        jdbc.sql("""
                insert into nas_reconcile (nas_id, reconciled_at, added, changed, removed, kicked, unmanaged, conflicts,
                                           failed, duration_ms, error)
                values (:nas, :at, :added, :changed, :removed, :kicked, :unmanaged, :conflicts, :failed, :ms, :error)
                on conflict (nas_id) do update set reconciled_at = excluded.reconciled_at, added = excluded.added,
                    changed = excluded.changed, removed = excluded.removed, kicked = excluded.kicked,
                    unmanaged = excluded.unmanaged, conflicts = excluded.conflicts, failed = excluded.failed,
                    duration_ms = excluded.duration_ms, error = excluded.error""")
                .param("nas", r.nasId()).param("at", Timestamp.from(r.reconciledAt())).param("added", r.added())
                .param("changed", r.changed()).param("removed", r.removed()).param("kicked", r.kicked())
                .param("unmanaged", r.unmanaged().size()).param("conflicts", r.conflicts().size())
                .param("failed", r.failures().size()).param("ms", r.duration().toMillis()).param("error", r.error())
                .update();
    }

    /** The last reconcile; names of unmanaged entries and failure texts are not kept, only counts. */
    public Optional<ReconcileReport.Summary> last(long nasId) {
        return jdbc.sql("select * from nas_reconcile where nas_id = ?").param(nasId)
                .query((rs, n) -> new ReconcileReport.Summary(nasId, rs.getTimestamp("reconciled_at").toInstant(),
                        rs.getInt("added"), rs.getInt("changed"), rs.getInt("removed"), rs.getInt("kicked"),
                        rs.getInt("unmanaged"), rs.getInt("conflicts"), rs.getInt("failed"),
                        Duration.ofMillis(rs.getLong("duration_ms")), rs.getString("error")))
                .optional();
    }
}
