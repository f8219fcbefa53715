package id.arus.network.internal;

import id.arus.network.NetworkIncident;
import id.arus.network.NetworkIncident.Kind;
import id.arus.network.NetworkIncident.Status;
import id.arus.network.NetworkIncidentFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code network_incident} table. Opening an incident that is already open for the NAS and kind adds
 * the failure to it (the partial unique index allows one open row per NAS and kind), so retries, restarts
 * and two nodes never make a duplicate.
 */
@Repository
public class ReconcileIncidentStore {

    /** Enough of a router's messages to see what went wrong, as the reconcile report also limits them. */
    private static final int MAX_MESSAGES = 50;
    private static final String SELECT = """
            select i.*, n.name as nas_name from network_incident i join nas n on n.id = i.nas_id
            """;

    private final JdbcClient jdbc;

    ReconcileIncidentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open incident after the failure was added, and whether this call opened it. */
    public record Opened(NetworkIncident incident, boolean isNew) {
    }

    public Opened open(long nasId, Kind kind, int attempts, Instant firstFailure, String error, List<String> messages) {
        List<String> kept = messages.size() <= MAX_MESSAGES ? messages : messages.subList(0, MAX_MESSAGES);
        String joined = kept.isEmpty() ? null : String.join("\n", kept.stream().map(m -> m.replace('\n', ' ')).toList());
        Object[] row = jdbc.sql("""
                insert into network_incident (nas_id, kind, first_failure_at, last_failure_at, attempts, last_error, messages)
                values (:nas, :kind, :first, now(), :attempts, :error, :messages)
                on conflict (nas_id, kind) where status = 'OPEN' do update set last_failure_at = now(),
                    attempts = network_incident.attempts + excluded.attempts, last_error = excluded.last_error,
                    messages = excluded.messages
                returning id, (xmax = 0) as inserted""")
                .param("nas", nasId).param("kind", kind.name())
                .param("first", Timestamp.from(firstFailure == null ? Instant.now() : firstFailure))
                .param("attempts", Math.max(1, attempts)).param("error", error).param("messages", joined)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBoolean(2)}).single();
        return new Opened(find((Long) row[0]).orElseThrow(), (Boolean) row[1]);
    }

    /** Resolves the NAS's open incidents of the given kinds and returns them as they were. */
    public List<NetworkIncident> resolveOpen(long nasId, Collection<Kind> kinds, String by, String resolution) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<NetworkIncident> open = jdbc.sql(SELECT + " where i.nas_id = :nas and i.status = 'OPEN' and i.kind in (:kinds) for update of i")
                .param("nas", nasId).param("kinds", kinds.stream().map(Kind::name).toList())
                .query(ReconcileIncidentStore::map).list();
        for (NetworkIncident incident : open) {
            resolve(incident.id(), by, resolution);
        }
        return open;
    }

    /** Marks an open incident resolved; false when it was not open (resolved meanwhile by someone else). */
    public boolean resolve(long id, String by, String resolution) {
        return jdbc.sql("""
                update network_incident set status = 'RESOLVED', resolved_at = now(), resolved_by = :by, resolution = :note
                where id = :id and status = 'OPEN'""")
                .param("by", by).param("note", resolution).param("id", id).update() == 1;
    }

    public Optional<NetworkIncident> find(long id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(ReconcileIncidentStore::map).optional();
    }

    /** Open ones first, then the latest failure first. */
    public List<NetworkIncident> list(NetworkIncidentFilter filter, int limit) {
        // The name is matched literally: % and _ typed by a user are not wildcards.
        String text = filter.text() == null || filter.text().isBlank() ? null
                : "%" + filter.text().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(SELECT + """
                 where (cast(:status as text) is null or i.status = :status)
                   and (cast(:kind as text) is null or i.kind = :kind)
                   and (cast(:text as text) is null or lower(n.name) like :text)
                 order by (i.status = 'OPEN') desc, i.last_failure_at desc, i.id desc limit :limit""")
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("text", text).param("limit", limit)
                .query(ReconcileIncidentStore::map).list();
    }

    public long countOpen() {
        return jdbc.sql("select count(*) from network_incident where status = 'OPEN'").query(Long.class).single();
    }

    private static NetworkIncident map(ResultSet rs, int row) throws SQLException {
        String messages = rs.getString("messages");
        return new NetworkIncident(rs.getLong("id"), rs.getLong("nas_id"), rs.getString("nas_name"),
                Kind.valueOf(rs.getString("kind")), Status.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("first_failure_at")), instant(rs.getTimestamp("last_failure_at")),
                rs.getInt("attempts"), rs.getString("last_error"),
                messages == null ? List.of() : Arrays.asList(messages.split("\n")),
                instant(rs.getTimestamp("resolved_at")), rs.getString("resolved_by"), rs.getString("resolution"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
