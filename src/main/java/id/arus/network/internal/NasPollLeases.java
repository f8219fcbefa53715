package id.arus.network.internal;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which node polls which router, as rows of {@code nas_poll_lease}. One statement per round claims every
 * router whose lease is free, expired or already this node's, and renews this node's leases; PostgreSQL's
 * row locking on the conflicting key makes two nodes claiming at once end with one owner per router.
 */
@Component
public class NasPollLeases {

    private final JdbcClient jdbc;

    NasPollLeases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims and renews leases for {@code term}; returns the NAS ids this node holds now. */
    public Set<Long> claim(String node, Duration term) {
        return new HashSet<>(jdbc.sql("""
                        insert into nas_poll_lease (nas_id, owner, acquired_at, expires_at)
                        select id, :node, now(), now() + make_interval(secs => :seconds) from nas
                        on conflict (nas_id) do update
                           set owner = excluded.owner,
                               acquired_at = case when nas_poll_lease.owner = excluded.owner
                                                  then nas_poll_lease.acquired_at else excluded.acquired_at end,
                               expires_at = excluded.expires_at
                         where nas_poll_lease.owner = excluded.owner or nas_poll_lease.expires_at < now()
                        returning nas_id
                        """)
                .param("node", node).param("seconds", term.toMillis() / 1000.0)
                .query(Long.class).list());
    }

    /** Gives up this node's leases at once (on shutdown), so another node takes over on its next round. */
    public int release(String node) {
        return jdbc.sql("delete from nas_poll_lease where owner = ?").param(node).update();
    }

    /** The node polling the router now, if its lease is current. */
    public String owner(long nasId) {
        return jdbc.sql("select owner from nas_poll_lease where nas_id = ? and expires_at >= now()").param(nasId)
                .query(String.class).optional().orElse(null);
    }
}
