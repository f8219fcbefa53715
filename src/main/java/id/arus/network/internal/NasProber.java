package id.arus.network.internal;

import id.arus.network.Nas;
import id.arus.network.NasProbe;
import id.arus.network.NasStatus;
import id.arus.network.NasStatusChange;
import id.arus.network.routeros.Command;
import id.arus.network.routeros.LoginRefusedException;
import id.arus.network.routeros.RouterOsClient;
import id.arus.network.routeros.RouterOsException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Talks to a router once: logs in, reads what it is and how busy it is, and records the status when it
 * differs from the last one recorded, so the history holds changes rather than every check.
 */
@Component
public class NasProber {

    private static final Logger log = LoggerFactory.getLogger(NasProber.class);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(5);

    private final RouterConnections connections;
    private final JdbcClient jdbc;

    NasProber(RouterConnections connections, JdbcClient jdbc) {
        this.connections = connections;
        this.jdbc = jdbc;
    }

    public NasProbe probe(Nas nas) {
        NasProbe result;
        try (RouterOsClient client = connections.open(nas, CONNECT_TIMEOUT, REPLY_TIMEOUT)) {
            long start = System.nanoTime();
            Map<String, String> identity = first(client.print(Command.of("/system/identity/print")));
            Duration latency = Duration.ofNanos(System.nanoTime() - start);
            Map<String, String> resource = first(client.print(Command.of("/system/resource/print")
                    .proplist("version", "board-name", "uptime", "cpu-load", "free-memory", "total-memory")));
            int ppp = count(client, "/ppp/active/print");
            int hotspot = count(client, "/ip/hotspot/active/print");
            result = new NasProbe(nas.id(), NasStatus.ONLINE, null, Instant.now(), resource.get("version"),
                    resource.get("board-name"), identity.get("name"), resource.get("uptime"), integer(resource.get("cpu-load")),
                    number(resource.get("free-memory")), number(resource.get("total-memory")), ppp, hotspot, latency);
        } catch (LoginRefusedException e) {
            result = failed(nas, NasStatus.LOGIN_REFUSED, e.getMessage());
        } catch (RouterOsException e) {
            result = failed(nas, e.unreachable() ? NasStatus.UNREACHABLE : NasStatus.ERROR, e.getMessage());
        }
        recordIfChanged(result);
        return result;
    }

    public List<NasStatusChange> history(long nasId, int limit) {
        return jdbc.sql("select nas_id, status, detail, changed_at from nas_status_change where nas_id = ? order by changed_at desc, id desc limit ?")
                .param(nasId).param(limit)
                .query((rs, row) -> new NasStatusChange(rs.getLong(1), NasStatus.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    private void recordIfChanged(NasProbe probe) {
        List<NasStatusChange> last = history(probe.nasId(), 1);
        if (last.isEmpty() || last.get(0).status() != probe.status()) {
            jdbc.sql("insert into nas_status_change (nas_id, status, detail) values (?, ?, ?)")
                    .param(probe.nasId()).param(probe.status().name()).param(probe.detail()).update();
            log.info("NAS {} is now {}{}", probe.nasId(), probe.status(), probe.detail() == null ? "" : ": " + probe.detail());
        }
    }

    private static NasProbe failed(Nas nas, NasStatus status, String detail) {
        return new NasProbe(nas.id(), status, detail, Instant.now(), null, null, null, null, null, null, null, null, null, null);
    }

    private static int count(RouterOsClient client, String printPath) {
        Map<String, String> done = client.execute(Command.of(printPath).with("count-only", "")).done();
        return integer(done.get("ret")) == null ? 0 : integer(done.get("ret"));
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
