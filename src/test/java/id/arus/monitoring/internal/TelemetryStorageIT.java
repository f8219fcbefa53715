package id.arus.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.arus.ArusIT;
import id.arus.monitoring.NasSample;
import id.arus.monitoring.NasSample.InterfaceRate;
import id.arus.monitoring.NasTelemetry;
import id.arus.monitoring.TelemetrySeries;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The time-series tables: idempotent writes, partitions made on demand and dropped when old, roll-ups, resolutions. */
@ArusIT
@WithMockUser(username = "telemetry-noc", roles = "NOC")
class TelemetryStorageIT {

    @Autowired
    TelemetryStore store;
    @Autowired
    TelemetryPartitions partitions;
    @Autowired
    TelemetryRollups rollups;
    @Autowired
    TelemetryIngest ingest;
    @Autowired
    NasTelemetry telemetry;
    @Autowired
    JdbcClient jdbc;

    /** Samples name no NAS row (telemetry has no foreign key), so a random id keeps this class's rows apart. */
    private final long nasId = 1_000_000 + ThreadLocalRandom.current().nextLong(1_000_000);

    private NasSample sample(Instant at, int cpu, long rxBps) {
        return new NasSample(nasId, at, "ONLINE", 2.0, cpu, 600L << 20, 1024L << 20, 10, 2,
                List.of(new InterfaceRate("ether1", rxBps, rxBps / 10)));
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table + " where nas_id = ?").param(nasId).query(Long.class).single();
    }

    @Test
    void aSampleStoredTwiceIsKeptOnceAndAnOldDayGetsItsPartitionOnDemand() {
        Instant monthAgo = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

        store.save(sample(monthAgo, 5, 1_000));
        store.save(sample(monthAgo, 5, 1_000));

        assertThat(rows("telemetry_sample")).isEqualTo(1);
        assertThat(rows("telemetry_interface_sample")).isEqualTo(1);

        // the hourly job drops it: 30 days is past the raw retention of 7
        partitions.maintain();
        assertThat(rows("telemetry_sample")).isZero();
        assertThat(rows("telemetry_interface_sample")).isZero();
        assertThat(jdbc.sql("select count(*) from pg_class where relname = ?").param("telemetry_sample_p"
                + monthAgo.toString().substring(0, 10).replace("-", "")).query(Long.class).single()).isZero();
    }

    @Test
    void rollUpsAverageEachFiveMinutesAndLongRangesReadThem() {
        Instant bucket = TelemetryRollups.bucketStart(Instant.now().minus(Duration.ofMinutes(20)));
        store.save(sample(bucket.plusSeconds(10), 10, 1_000));
        store.save(sample(bucket.plusSeconds(20), 20, 2_000));
        store.save(sample(bucket.plusSeconds(30), 60, 6_000));
        store.save(sample(bucket.plus(Duration.ofMinutes(5)), 99, 9_000)); // the next bucket

        rollups.rollUp(bucket, bucket.plus(Duration.ofMinutes(5)));
        rollups.rollUp(bucket, bucket.plus(Duration.ofMinutes(5))); // again: same figures, no duplicates

        assertThat(rows("telemetry_rollup_5m")).isEqualTo(1);
        TelemetrySeries day = telemetry.series(nasId, Instant.now().minus(Duration.ofDays(1)), Instant.now());
        assertThat(day.raw()).isFalse();
        assertThat(day.resolution()).isEqualTo(Duration.ofMinutes(5));
        assertThat(day.samples()).hasSize(1);
        NasSample averaged = day.samples().get(0);
        assertThat(averaged.sampledAt()).isEqualTo(bucket);
        assertThat(averaged.cpuLoad()).isEqualTo(30);
        assertThat(averaged.status()).isEqualTo("ONLINE");
        assertThat(averaged.interfaces()).containsExactly(new InterfaceRate("ether1", 3_000, 300));

        TelemetrySeries hour = telemetry.series(nasId, Instant.now().minus(Duration.ofHours(1)), Instant.now());
        assertThat(hour.raw()).isTrue();
        assertThat(hour.samples()).extracting(NasSample::cpuLoad).containsExactly(10, 20, 60, 99);
        assertThat(telemetry.latest(nasId)).get().extracting(NasSample::cpuLoad).isEqualTo(99);
    }

    @Test
    void aRecordThatIsNotASampleIsSkippedWithoutStoppingTheOnesAfterIt() {
        ingest.store("{not json");
        ingest.store("{\"nasId\": " + nasId + "}");
        ingest.store("{\"nasId\":" + nasId + ",\"sampledAt\":\"" + Instant.now().truncatedTo(ChronoUnit.MILLIS)
                + "\",\"status\":\"UNREACHABLE\",\"interfaces\":[]}");

        assertThat(rows("telemetry_sample")).isEqualTo(1);
        assertThat(jdbc.sql("select status from telemetry_sample where nas_id = ?").param(nasId).query(String.class).single())
                .isEqualTo("UNREACHABLE");
    }
}
