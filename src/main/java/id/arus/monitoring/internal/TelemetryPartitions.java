package id.arus.monitoring.internal;

import id.arus.shared.AdvisoryLocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the telemetry tables' partitions: raw samples by UTC day, roll-ups by UTC month. Each run creates
 * the partitions for the next days and months ahead and drops those wholly older than their retention
 * (dropping a partition is instant, unlike deleting rows). Runs on every node; a transaction-level
 * advisory lock lets one node do it at a time.
 */
@Component
public class TelemetryPartitions {

    private static final Logger log = LoggerFactory.getLogger(TelemetryPartitions.class);
    static final List<String> RAW_TABLES = List.of("telemetry_sample", "telemetry_interface_sample");
    static final List<String> ROLLUP_TABLES = List.of("telemetry_rollup_5m", "telemetry_interface_rollup_5m");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    private static final int DAYS_AHEAD = 3;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Duration rawRetention;
    private final Duration rollupRetention;
    private final Clock clock;

    TelemetryPartitions(JdbcClient jdbc, TransactionTemplate transaction,
                        @Value("${arus.monitoring.raw-retention:7d}") Duration rawRetention,
                        @Value("${arus.monitoring.rollup-retention:400d}") Duration rollupRetention) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.rawRetention = rawRetention;
        this.rollupRetention = rollupRetention;
        this.clock = Clock.systemUTC();
    }

    /** Hourly, and once right after start-up, so a fresh database has today's partitions before samples arrive. */
    @Scheduled(initialDelay = 0, fixedDelayString = "${arus.monitoring.partition-check:PT1H}")
    public void maintain() {
        transaction.executeWithoutResult(status -> {
            if (!AdvisoryLocks.tryLockForTransaction(jdbc, AdvisoryLocks.of(AdvisoryLocks.Single.TELEMETRY_PARTITIONS))) {
                return; // another node is at it
            }
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            for (int day = -1; day <= DAYS_AHEAD; day++) {
                createRaw(today.plusDays(day));
            }
            YearMonth month = YearMonth.from(today);
            createRollup(month);
            createRollup(month.plusMonths(1));
            dropOlderThan(RAW_TABLES, clock.instant().minus(rawRetention));
            dropOlderThan(ROLLUP_TABLES, clock.instant().minus(rollupRetention));
        });
    }

    /** For a sample that arrived before its day's partition exists. */
    void ensureRawPartition(Instant at) {
        transaction.executeWithoutResult(status -> createRaw(LocalDate.ofInstant(at, ZoneOffset.UTC)));
    }

    void ensureRollupPartition(Instant at) {
        transaction.executeWithoutResult(status -> createRollup(YearMonth.from(LocalDate.ofInstant(at, ZoneOffset.UTC))));
    }

    private void createRaw(LocalDate day) {
        for (String table : RAW_TABLES) {
            create(table, table + "_p" + DAY.format(day), day.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
    }

    private void createRollup(YearMonth month) {
        for (String table : ROLLUP_TABLES) {
            create(table, table + "_p" + MONTH.format(month), month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
    }

    private void create(String parent, String partition, Instant from, Instant to) {
        // Names and bounds are built here from dates, never from input, so formatting them into DDL is safe.
        jdbc.sql("create table if not exists " + partition + " partition of " + parent
                + " for values from ('" + from + "') to ('" + to + "')").update();
    }

    /** Drops partitions whose upper bound is at or before {@code cutoff}: all their rows are older. */
    private void dropOlderThan(List<String> parents, Instant cutoff) {
        for (String parent : parents) {
            List<String> old = jdbc.sql("""
                            select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                            where i.inhparent = ?::regclass
                              and (regexp_match(pg_get_expr(c.relpartbound, c.oid), 'TO \\(''([^'']+)''\\)'))[1]::timestamptz <= ?
                            """)
                    .params(parent, java.sql.Timestamp.from(cutoff)).query(String.class).list();
            for (String partition : old) {
                jdbc.sql("drop table if exists " + partition).update();
                log.info("Dropped telemetry partition {} (older than {})", partition, cutoff);
            }
        }
    }

    /** PostgreSQL refuses a row no partition accepts with "no partition of relation ... found for row". */
    static boolean missingPartition(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("no partition of relation")) {
                return true;
            }
        }
        return false;
    }
}
