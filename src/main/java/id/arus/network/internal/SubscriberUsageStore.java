package id.arus.network.internal;

import id.arus.settings.OperatorZone;
import id.arus.shared.AdvisoryLocks;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Subscribers' traffic per day from samples of their sessions' counters (tables of V60). Each sample adds
 * only the growth since the router's previous one, under a per-router advisory lock, so two nodes sampling
 * one router during a lease hand-over take turns and the later reading counts only what the earlier left.
 */
@Component
class SubscriberUsageStore {

    private static final Logger log = LoggerFactory.getLogger(SubscriberUsageStore.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final OperatorZone zone;
    private final Period retention;

    SubscriberUsageStore(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction, OperatorZone zone,
                         @Value("${arus.network.poll.usage-retention:P400D}") Period retention) {
        this.retention = retention;
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.zone = zone;
    }

    /**
     * Adds what every live session on the router counted since the previous sample to its subscriber's
     * day, and remembers the counters for the next. A reading older than the last recorded one (a slow
     * node after a faster one) is dropped: it would count bytes again.
     *
     * @return how many sessions grew
     */
    int record(long router, Instant at, List<SessionCounter> live) {
        Integer grown = transaction.execute(status -> {
            AdvisoryLocks.lockForTransaction(jdbc, AdvisoryLocks.of(AdvisoryLocks.Space.ROUTER_USAGE, router));
            Optional<Instant> previousRound = previousRound(router);
            if (previousRound.isPresent() && !at.isAfter(previousRound.get())) {
                return 0;
            }
            Map<String, SessionCounter> before = counters(router);
            Instant countNewFrom = SessionCounter.countNewFrom(previousRound.orElse(null), startOfDay(at));
            LocalDate day = at.atZone(zone.zone()).toLocalDate();
            List<Object[]> growth = new ArrayList<>();
            for (SessionCounter session : live) {
                long[] bytes = session.growthSince(before.get(session.name()), countNewFrom);
                if (bytes[0] > 0 || bytes[1] > 0) {
                    growth.add(new Object[] {router, session.name(), day, bytes[0], bytes[1]});
                }
            }
            batch.batchUpdate("""
                    insert into subscriber_usage_day (nas_id, name, day, rx_bytes, tx_bytes) values (?, ?, ?, ?, ?)
                    on conflict (name, day, nas_id) do update
                    set rx_bytes = subscriber_usage_day.rx_bytes + excluded.rx_bytes,
                        tx_bytes = subscriber_usage_day.tx_bytes + excluded.tx_bytes""", growth);
            // the sessions that ended take their counters with them
            jdbc.sql("delete from subscriber_session_counter where nas_id = ?").param(router).update();
            batch.batchUpdate("""
                    insert into subscriber_session_counter (nas_id, name, session_ref, started_at, rx_bytes, tx_bytes)
                    values (?, ?, ?, ?, ?, ?)""",
                    live.stream().map(s -> new Object[] {router, s.name(), s.sessionRef(), Timestamp.from(s.startedAt()),
                            s.rxBytes(), s.txBytes()}).toList());
            jdbc.sql("""
                    insert into subscriber_usage_round (nas_id, sampled_at) values (?, ?)
                    on conflict (nas_id) do update set sampled_at = excluded.sampled_at""")
                    .params(router, Timestamp.from(at)).update();
            return growth.size();
        });
        return grown == null ? 0 : grown;
    }

    /**
     * What the subscriber used today, as {rx, tx}: the sampled days on every router (they may have moved)
     * plus, for a session live now on {@code router}, what it counted since the last sample.
     */
    long[] today(String name, long router, SessionCounter live, Instant at) {
        long[] total = jdbc.sql("""
                        select coalesce(sum(rx_bytes), 0), coalesce(sum(tx_bytes), 0)
                        from subscriber_usage_day where name = ? and day = ?""")
                .params(name, at.atZone(zone.zone()).toLocalDate())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        if (live != null) {
            Instant countNewFrom = SessionCounter.countNewFrom(previousRound(router).orElse(null), startOfDay(at));
            long[] growth = live.growthSince(counters(router, name).get(name), countNewFrom);
            total[0] += growth[0];
            total[1] += growth[1];
        }
        return total;
    }

    /**
     * Forgets days older than {@code arus.network.poll.usage-retention} (default 400 days), daily, away from the
     * polling rounds. Every node may run it: a second delete finds nothing left.
     */
    @Scheduled(initialDelayString = "PT1H", fixedDelayString = "P1D")
    void prune() {
        int pruned = jdbc.sql("delete from subscriber_usage_day where day < ?")
                .param(LocalDate.now(zone.zone()).minus(retention)).update();
        if (pruned > 0) {
            log.info("Forgot {} day(s) of subscriber usage older than {}", pruned, retention);
        }
    }

    private Optional<Instant> previousRound(long router) {
        return jdbc.sql("select sampled_at from subscriber_usage_round where nas_id = ?").param(router)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    private Map<String, SessionCounter> counters(long router) {
        return counters(router, null);
    }

    /** The stored counters of the router's sessions, or of one subscriber's when {@code name} is given. */
    private Map<String, SessionCounter> counters(long router, String name) {
        Map<String, SessionCounter> found = new HashMap<>();
        jdbc.sql("""
                        select name, session_ref, started_at, rx_bytes, tx_bytes from subscriber_session_counter
                        where nas_id = ? and (cast(? as text) is null or name = ?)""")
                .params(router, name, name)
                .query((rs, n) -> new SessionCounter(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getLong(4), rs.getLong(5)))
                .list().forEach(c -> found.put(c.name(), c));
        return found;
    }

    private Instant startOfDay(Instant at) {
        return at.atZone(zone.zone()).toLocalDate().atStartOfDay(zone.zone()).toInstant();
    }
}
