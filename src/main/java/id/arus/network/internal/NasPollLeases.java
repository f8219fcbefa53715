package id.arus.network.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which node polls which router, as rows of {@code nas_poll_lease}, and which nodes are alive, as rows of
 * {@code nas_poll_node}. Each round a node says it is alive, renews its own leases, gives back what it
 * holds beyond its fair share (the routers divided by the live nodes, rounded up) and takes free or
 * expired leases up to that share. Taking a lease is an insert whose conflict clause only overwrites an
 * expired lease, and PostgreSQL locks the conflicting row, so two nodes claiming at once end with one
 * owner per router.
 */
@Component
public class NasPollLeases {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    NasPollLeases(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Renews this node's leases for {@code term} and balances them; returns the NAS ids it holds now. */
    public Set<Long> claim(String node, Duration term) {
        double seconds = term.toMillis() / 1000.0;
        return transaction.execute(tx -> {
            jdbc.sql("insert into nas_poll_node (node, seen_at) values (?, now()) on conflict (node) do update set seen_at = now()")
                    .param(node).update();
            // a node that died never deletes its row; a day later nobody needs it to explain anything
            jdbc.sql("delete from nas_poll_node where seen_at < now() - interval '1 day'").update();
            long nodes = jdbc.sql("select count(*) from nas_poll_node where seen_at > now() - make_interval(secs => ?)")
                    .param(seconds).query(Long.class).single();
            long routers = jdbc.sql("select count(*) from nas").query(Long.class).single();
            long share = (routers + nodes - 1) / Math.max(nodes, 1);

            List<Long> mine = new ArrayList<>(jdbc.sql("""
                            update nas_poll_lease set expires_at = now() + make_interval(secs => ?) where owner = ?
                            returning nas_id""")
                    .params(seconds, node).query(Long.class).list());
            mine.sort(null);
            if (mine.size() > share) {
                List<Long> excess = mine.subList((int) share, mine.size());
                jdbc.sql("delete from nas_poll_lease where owner = :node and nas_id in (:ids)")
                        .param("node", node).param("ids", List.copyOf(excess)).update();
                excess.clear();
            } else if (mine.size() < share) {
                mine.addAll(jdbc.sql("""
                                insert into nas_poll_lease (nas_id, owner, acquired_at, expires_at)
                                select n.id, :node, now(), now() + make_interval(secs => :seconds)
                                  from nas n left join nas_poll_lease l on l.nas_id = n.id
                                 where l.nas_id is null or l.expires_at < now()
                                 order by n.id limit :room
                                on conflict (nas_id) do update
                                   set owner = excluded.owner, acquired_at = excluded.acquired_at, expires_at = excluded.expires_at
                                 where nas_poll_lease.expires_at < now()
                                returning nas_id""")
                        .param("node", node).param("seconds", seconds).param("room", share - mine.size())
                        .query(Long.class).list());
            }
            return new HashSet<>(mine);
        });
    }

    /** Gives up this node's leases and its place among the live nodes at once (on shutdown). */
    public int release(String node) {
        return transaction.execute(tx -> {
            jdbc.sql("delete from nas_poll_node where node = ?").param(node).update();
            return jdbc.sql("delete from nas_poll_lease where owner = ?").param(node).update();
        });
    }

    /** The node polling the router now, if its lease is current. */
    public String owner(long nasId) {
        return jdbc.sql("select owner from nas_poll_lease where nas_id = ? and expires_at >= now()").param(nasId)
                .query(String.class).optional().orElse(null);
    }
}
