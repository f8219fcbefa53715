package id.arus.monitoring.internal;

import id.arus.monitoring.NasSample;
import id.arus.monitoring.NasSample.InterfaceRate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The telemetry tables. Writing a sample twice changes nothing (Kafka may deliver a record again after a
 * consumer restart); a sample whose day has no partition yet (the maintenance job has not run since
 * midnight, or the clock of a router's node is off) gets its partition created and is written then.
 */
@Component
public class TelemetryStore {

    /** The roll-up's bucket length. */
    public static final Duration ROLLUP = Duration.ofMinutes(5);

    private static final String SAMPLE_COLUMNS =
            "nas_id, sampled_at, status, latency_ms, cpu_load, free_memory, total_memory, ppp_sessions, hotspot_sessions";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final TelemetryPartitions partitions;

    TelemetryStore(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction, TelemetryPartitions partitions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.partitions = partitions;
    }

    public void save(NasSample sample) {
        try {
            transaction.executeWithoutResult(status -> insert(sample));
        } catch (DataIntegrityViolationException e) {
            if (!TelemetryPartitions.missingPartition(e)) {
                throw e;
            }
            partitions.ensureRawPartition(sample.sampledAt());
            transaction.executeWithoutResult(status -> insert(sample));
        }
    }

    private void insert(NasSample sample) {
        Timestamp at = Timestamp.from(sample.sampledAt());
        jdbc.sql("insert into telemetry_sample (" + SAMPLE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(sample.nasId(), at, sample.status(), sample.latencyMs(), sample.cpuLoad(), sample.freeMemory(),
                        sample.totalMemory(), sample.pppSessions(), sample.hotspotSessions())
                .update();
        batch.batchUpdate("insert into telemetry_interface_sample (nas_id, sampled_at, interface, rx_bps, tx_bps) "
                        + "values (?, ?, ?, ?, ?) on conflict do nothing",
                sample.interfaces().stream().map(i -> new Object[] {sample.nasId(), at, i.name(), i.rxBps(), i.txBps()}).toList());
    }

    public Optional<NasSample> latest(long nasId) {
        Optional<NasSample> newest = jdbc.sql("select " + SAMPLE_COLUMNS + " from telemetry_sample where nas_id = ? "
                        + "and sampled_at > now() - interval '1 day' order by sampled_at desc limit 1")
                .param(nasId).query((rs, row) -> rawSample(rs, List.of())).optional();
        return newest.map(s -> {
            List<InterfaceRate> interfaces = jdbc.sql("select interface, rx_bps, tx_bps from telemetry_interface_sample "
                            + "where nas_id = ? and sampled_at = ? order by interface")
                    .params(nasId, Timestamp.from(s.sampledAt()))
                    .query((rs, row) -> new InterfaceRate(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
            return withInterfaces(s, interfaces);
        });
    }

    public List<NasSample> raw(long nasId, Instant from, Instant to) {
        Map<Instant, List<InterfaceRate>> interfaces = new HashMap<>();
        jdbc.sql("select sampled_at, interface, rx_bps, tx_bps from telemetry_interface_sample "
                        + "where nas_id = ? and sampled_at >= ? and sampled_at < ? order by interface")
                .params(nasId, Timestamp.from(from), Timestamp.from(to))
                .query(rs -> {
                    interfaces.computeIfAbsent(rs.getTimestamp(1).toInstant(), k -> new ArrayList<>())
                            .add(new InterfaceRate(rs.getString(2), rs.getLong(3), rs.getLong(4)));
                });
        return jdbc.sql("select " + SAMPLE_COLUMNS + " from telemetry_sample where nas_id = ? and sampled_at >= ? and sampled_at < ? "
                        + "order by sampled_at")
                .params(nasId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> rawSample(rs, interfaces.getOrDefault(rs.getTimestamp(2).toInstant(), List.of())))
                .list();
    }

    /**
     * Bucket averages. A bucket's status is ONLINE when every poll in it found the router online,
     * UNREACHABLE when none did and PARTLY_ONLINE between.
     */
    public List<NasSample> rolledUp(long nasId, Instant from, Instant to) {
        Map<Instant, List<InterfaceRate>> interfaces = new HashMap<>();
        jdbc.sql("select bucket, interface, rx_bps_avg, tx_bps_avg from telemetry_interface_rollup_5m "
                        + "where nas_id = ? and bucket >= ? and bucket < ? order by interface")
                .params(nasId, Timestamp.from(from), Timestamp.from(to))
                .query(rs -> {
                    interfaces.computeIfAbsent(rs.getTimestamp(1).toInstant(), k -> new ArrayList<>())
                            .add(new InterfaceRate(rs.getString(2), Math.round(rs.getDouble(3)), Math.round(rs.getDouble(4))));
                });
        return jdbc.sql("select nas_id, bucket, samples, online_samples, latency_ms_avg, cpu_load_avg, free_memory_avg, total_memory, "
                        + "ppp_sessions_avg, hotspot_sessions_avg from telemetry_rollup_5m where nas_id = ? and bucket >= ? and bucket < ? "
                        + "order by bucket")
                .params(nasId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> {
                    Instant bucket = rs.getTimestamp(2).toInstant();
                    String status = rs.getInt(3) == rs.getInt(4) ? "ONLINE" : rs.getInt(4) == 0 ? "UNREACHABLE" : "PARTLY_ONLINE";
                    return new NasSample(rs.getLong(1), bucket, status, nullableDouble(rs, 5), roundedInt(rs, 6),
                            roundedLong(rs, 7), (Long) rs.getObject(8, Long.class), roundedInt(rs, 9), roundedInt(rs, 10),
                            interfaces.getOrDefault(bucket, List.of()));
                })
                .list();
    }

    private static NasSample rawSample(ResultSet rs, List<InterfaceRate> interfaces) throws SQLException {
        return new NasSample(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), nullableDouble(rs, 4),
                rs.getObject(5, Integer.class), rs.getObject(6, Long.class), rs.getObject(7, Long.class),
                rs.getObject(8, Integer.class), rs.getObject(9, Integer.class), interfaces);
    }

    private static NasSample withInterfaces(NasSample s, List<InterfaceRate> interfaces) {
        return new NasSample(s.nasId(), s.sampledAt(), s.status(), s.latencyMs(), s.cpuLoad(), s.freeMemory(), s.totalMemory(),
                s.pppSessions(), s.hotspotSessions(), interfaces);
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer roundedInt(ResultSet rs, int column) throws SQLException {
        Double value = nullableDouble(rs, column);
        return value == null ? null : (int) Math.round(value);
    }

    private static Long roundedLong(ResultSet rs, int column) throws SQLException {
        Double value = nullableDouble(rs, column);
        return value == null ? null : Math.round(value);
    }
}
