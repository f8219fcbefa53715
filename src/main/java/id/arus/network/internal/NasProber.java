package id.arus.network.internal;

import id.arus.network.InterfaceTraffic;
import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.network.Nas;
import id.arus.network.NasFacts;
import id.arus.network.NasProbe;
import id.arus.network.NasStatus;
import id.arus.network.NasStatusChange;
import id.arus.network.NasStatusChanged;
import id.arus.network.routeros.Command;
import id.arus.network.routeros.LoginRefusedException;
import id.arus.network.routeros.RouterOsClient;
import id.arus.network.routeros.RouterOsException;
import id.arus.network.routeros.RouterOsReply;
import id.arus.network.routeros.RouterOsTimeoutException;
import id.arus.shared.AdvisoryLocks;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Talks to a router once: reads what it is and how busy it is, and records the status when it differs
 * from the last one recorded, so the history holds changes rather than every check, and
 * {@link NasStatusChanged} is published exactly when a change is recorded.
 *
 * <p>Staff's "test connection" ({@link #probe}) logs in afresh, so it checks the stored credentials as
 * they are now; the poller ({@link #poll}) uses the router's pooled client, so polling costs a few
 * commands on an open connection rather than a login every time.
 */
@Component
public class NasProber {

    private static final Logger log = LoggerFactory.getLogger(NasProber.class);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(5);

    private final RouterConnections connections;
    private final RouterPool pool;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    NasProber(RouterConnections connections, RouterPool pool, JdbcClient jdbc, TransactionTemplate transaction,
              ApplicationEventPublisher events, AuditTrail audit) {
        this.audit = audit;
        this.connections = connections;
        this.pool = pool;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
    }

    /** Logs in afresh, reads the router and records its status. */
    public NasProbe probe(Nas nas) {
        NasProbe result;
        try (RouterOsClient client = connections.open(nas, CONNECT_TIMEOUT, REPLY_TIMEOUT)) {
            result = read(nas, client, REPLY_TIMEOUT);
        }
        recordIfChanged(nas, result);
        return result;
    }

    /**
     * Reads the router over its pooled connection, giving up after {@code timeout} for the answers, and
     * records its status. A refused login closes the pooled connections, so nothing keeps retrying it.
     */
    public NasProbe poll(Nas nas, Duration timeout) {
        NasProbe result = read(nas, pool.client(nas.id()), timeout);
        if (result.status() == NasStatus.LOGIN_REFUSED) {
            pool.forget(nas.id());
        }
        recordIfChanged(nas, result);
        return result;
    }

    private NasProbe read(Nas nas, RouterOsClient client, Duration timeout) {
        try {
            // The first command opens (or reuses) the connection; the timed one then measures only the round trip.
            Map<String, String> resource = first(await(client.sendAsync(Command.of("/system/resource/print")
                    .proplist("version", "board-name", "uptime", "cpu-load", "free-memory", "total-memory")), timeout).rows());
            long start = System.nanoTime();
            Map<String, String> identity = first(await(client.sendAsync(Command.of("/system/identity/print")), timeout).rows());
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            // The rest go out together on the connection (pipelined) and are awaited together.
            CompletableFuture<RouterOsReply> ppp = client.sendAsync(countOnly("/ppp/active/print"));
            CompletableFuture<RouterOsReply> hotspot = client.sendAsync(countOnly("/ip/hotspot/active/print"));
            // Ports only: each PPPoE session has a dynamic interface, and thousands of them are no telemetry.
            CompletableFuture<RouterOsReply> interfaces = client.sendAsync(Command.of("/interface/print")
                    .proplist(InterfaceTraffic.PROPLIST).query("?dynamic=false"));
            Instant at = Instant.now();
            return new NasProbe(nas.id(), NasStatus.ONLINE, null, at, resource.get("version"), resource.get("board-name"),
                    identity.get("name"), resource.get("uptime"), integer(resource.get("cpu-load")),
                    number(resource.get("free-memory")), number(resource.get("total-memory")),
                    count(await(ppp, timeout)), count(await(hotspot, timeout)), latency,
                    await(interfaces, timeout).rows().stream().map(InterfaceTraffic::of).toList());
        } catch (LoginRefusedException e) {
            return NasProbe.failed(nas.id(), NasStatus.LOGIN_REFUSED, e.getMessage(), Instant.now());
        } catch (RouterOsException e) {
            return NasProbe.failed(nas.id(), e.unreachable() ? NasStatus.UNREACHABLE : NasStatus.ERROR, e.getMessage(), Instant.now());
        }
    }

    /** The latest recorded status of every router that has one. */
    public Map<Long, NasStatusChange> latestStatuses() {
        Map<Long, NasStatusChange> latest = new HashMap<>();
        jdbc.sql("""
                select distinct on (nas_id) nas_id, status, detail, changed_at from nas_status_change
                order by nas_id, changed_at desc, id desc""")
                .query((rs, n) -> new NasStatusChange(rs.getLong(1), NasStatus.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list().forEach(s -> latest.put(s.nasId(), s));
        return latest;
    }

    public List<NasStatusChange> history(long nasId, int limit) {
        return jdbc.sql("select nas_id, status, detail, changed_at from nas_status_change where nas_id = ? order by changed_at desc, id desc limit ?")
                .param(nasId).param(limit)
                .query((rs, row) -> new NasStatusChange(rs.getLong(1), NasStatus.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    public Optional<NasFacts> facts(long nasId) {
        return jdbc.sql("select nas_id, identity, version, board, uptime, seen_at from nas_poll_facts where nas_id = ?").param(nasId)
                .query((rs, row) -> new NasFacts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .optional();
    }

    /**
     * Keeps what an online router said it is, then inserts a status row and publishes
     * {@link NasStatusChanged} in one transaction when the status differs from the last recorded one.
     * The NAS's advisory lock makes a concurrent poll and "test connection" take turns, so one change is
     * recorded (and announced) once.
     */
    void recordIfChanged(Nas nas, NasProbe probe) {
        transaction.executeWithoutResult(tx -> {
            if (probe.status() == NasStatus.ONLINE) {
                jdbc.sql("""
                                insert into nas_poll_facts (nas_id, identity, version, board, uptime, seen_at) values (?, ?, ?, ?, ?, ?)
                                on conflict (nas_id) do update set identity = excluded.identity, version = excluded.version,
                                    board = excluded.board, uptime = excluded.uptime, seen_at = excluded.seen_at
                                """)
                        .params(nas.id(), probe.identity(), probe.version(), probe.board(), probe.uptime(),
                                java.sql.Timestamp.from(probe.checkedAt()))
                        .update();
            }
            AdvisoryLocks.lockForTransaction(jdbc, AdvisoryLocks.of(AdvisoryLocks.Space.NAS_STATUS, nas.id()));
            List<NasStatusChange> last = history(probe.nasId(), 1);
            NasStatus previous = last.isEmpty() ? null : last.get(0).status();
            if (previous == probe.status()) {
                return;
            }
            Instant at = jdbc.sql("insert into nas_status_change (nas_id, status, detail) values (?, ?, ?) returning changed_at")
                    .params(probe.nasId(), probe.status().name(), probe.detail())
                    .query((rs, row) -> rs.getTimestamp(1).toInstant()).single();
            events.publishEvent(new NasStatusChanged(nas.id(), nas.name(), previous, probe.status(), probe.detail(), at));
            // a change only, so the trail shows when each router went down and came back, not every poll
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("status", probe.status().name());
            after.put("detail", probe.detail());
            audit.record(AuditRecord.of("network.nas.status-changed", "nas:" + nas.name())
                    .withBefore(previous == null ? null : Map.of("status", previous.name())).withAfter(after));
            log.info("NAS {} is now {}{}", nas.name(), probe.status(), probe.detail() == null ? "" : ": " + probe.detail());
        });
    }

    private static RouterOsReply await(CompletableFuture<RouterOsReply> reply, Duration timeout) {
        try {
            return reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RouterOsException("interrupted while waiting for the router");
        } catch (TimeoutException e) {
            reply.cancel(false);
            throw new RouterOsTimeoutException("no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RouterOsException routerOs) {
                throw routerOs;
            }
            throw new RouterOsException("command failed: " + e.getCause(), e.getCause());
        }
    }

    private static Command countOnly(String printPath) {
        return Command.of(printPath).with("count-only", "");
    }

    private static int count(RouterOsReply reply) {
        Integer count = integer(reply.ret());
        return count == null ? 0 : count;
    }

    private static Map<String, String> first(List<Map<String, String>> rows) {
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
