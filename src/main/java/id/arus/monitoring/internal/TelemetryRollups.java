package id.arus.monitoring.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rolls raw samples up into 5-minute buckets. Each run recomputes the completed buckets of a look-back
 * window (default 30 minutes; a day on the first run after a start) from scratch and overwrites them, so
 * a sample that arrived late, or a run that happened on two nodes at once, still ends with the right figures.
 */
@Component
public class TelemetryRollups {

    private static final String BUCKET = "date_bin('5 minutes', sampled_at, timestamptz '2000-01-01 00:00:00+00')";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TelemetryPartitions partitions;
    private final Duration lookBack;
    private final Duration catchUp;
    private final Clock clock;
    private volatile boolean caughtUp;

    TelemetryRollups(JdbcClient jdbc, TransactionTemplate transaction, TelemetryPartitions partitions,
                     @Value("${arus.monitoring.rollup-look-back:30m}") Duration lookBack,
                     @Value("${arus.monitoring.rollup-catch-up:1d}") Duration catchUp) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.partitions = partitions;
        this.lookBack = lookBack;
        this.catchUp = catchUp;
        this.clock = Clock.systemUTC();
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${arus.monitoring.rollup-interval:PT5M}")
    public void rollUpRecent() {
        Instant end = bucketStart(clock.instant());
        // The first run after a start also covers the time no node was running (up to a day by default).
        rollUp(end.minus(caughtUp ? lookBack : catchUp), end);
        caughtUp = true;
    }

    /** Recomputes the buckets that start in {@code [from, to)}; both are rounded down to a bucket start. */
    public void rollUp(Instant from, Instant to) {
        Instant start = bucketStart(from);
        Instant end = bucketStart(to);
        if (!start.isBefore(end)) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> aggregate(start, end));
        } catch (DataIntegrityViolationException e) {
            if (!TelemetryPartitions.missingPartition(e)) {
                throw e;
            }
            partitions.ensureRollupPartition(start);
            partitions.ensureRollupPartition(end.minusSeconds(1));
            transaction.executeWithoutResult(status -> aggregate(start, end));
        }
    }

    private void aggregate(Instant start, Instant end) {
        Timestamp from = Timestamp.from(start);
        Timestamp to = Timestamp.from(end);
        jdbc.sql("insert into telemetry_rollup_5m (nas_id, bucket, samples, online_samples, latency_ms_avg, latency_ms_max, "
                        + "cpu_load_avg, cpu_load_max, free_memory_avg, total_memory, ppp_sessions_avg, ppp_sessions_max, "
                        + "hotspot_sessions_avg, hotspot_sessions_max) "
                        + "select nas_id, " + BUCKET + ", count(*), count(*) filter (where status = 'ONLINE'), avg(latency_ms), "
                        + "max(latency_ms), avg(cpu_load), max(cpu_load), avg(free_memory), max(total_memory), avg(ppp_sessions), "
                        + "max(ppp_sessions), avg(hotspot_sessions), max(hotspot_sessions) "
                        + "from telemetry_sample where sampled_at >= ? and sampled_at < ? group by 1, 2 "
                        + "on conflict (nas_id, bucket) do update set samples = excluded.samples, online_samples = excluded.online_samples, "
                        + "latency_ms_avg = excluded.latency_ms_avg, latency_ms_max = excluded.latency_ms_max, "
                        + "cpu_load_avg = excluded.cpu_load_avg, cpu_load_max = excluded.cpu_load_max, "
                        + "free_memory_avg = excluded.free_memory_avg, total_memory = excluded.total_memory, "
                        + "ppp_sessions_avg = excluded.ppp_sessions_avg, ppp_sessions_max = excluded.ppp_sessions_max, "
                        + "hotspot_sessions_avg = excluded.hotspot_sessions_avg, hotspot_sessions_max = excluded.hotspot_sessions_max")
                .params(from, to).update();
        jdbc.sql("insert into telemetry_interface_rollup_5m (nas_id, bucket, interface, rx_bps_avg, rx_bps_max, tx_bps_avg, tx_bps_max) "
                        + "select nas_id, " + BUCKET + ", interface, avg(rx_bps), max(rx_bps), avg(tx_bps), max(tx_bps) "
                        + "from telemetry_interface_sample where sampled_at >= ? and sampled_at < ? group by 1, 2, 3 "
                        + "on conflict (nas_id, interface, bucket) do update set rx_bps_avg = excluded.rx_bps_avg, "
                        + "rx_bps_max = excluded.rx_bps_max, tx_bps_avg = excluded.tx_bps_avg, tx_bps_max = excluded.tx_bps_max")
                .params(from, to).update();
    }

    static Instant bucketStart(Instant at) {
        long bucket = TelemetryStore.ROLLUP.getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), bucket) * bucket);
    }
}
