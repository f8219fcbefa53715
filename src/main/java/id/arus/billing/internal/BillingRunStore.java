package id.arus.billing.internal;

import id.arus.billing.BillingRun;
import id.arus.billing.BillingRunStatus;
import id.arus.shared.AdvisoryLocks;
import id.arus.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code billing_run} rows: one per run, its counts updated with each committed chunk. */
@Component
class BillingRunStore {

    /**
     * The advisory lock a run holds for its period ({@link AdvisoryLocks.Space#BILLING_RUN}, the period start's epoch
     * day): {@code running()} looks it up in {@code pg_locks}, so a run whose node died is not shown running.
     */
    private static final String HELD = """
            exists (select 1 from pg_locks l where l.locktype = 'advisory' and l.granted and l.classid = %d
                    and l.objid = (r.period_start - date '1970-01-01') and l.objsubid = 2)""".formatted(AdvisoryLocks.Space.BILLING_RUN.key());

    private final JdbcClient jdbc;

    BillingRunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(LocalDate periodStart, String trigger, String startedBy) {
        return jdbc.sql("""
                        insert into billing_run (period_start, trigger, started_by, status) values (?, ?, ?, 'RUNNING')
                        returning id""")
                .params(periodStart, trigger, startedBy).query(Long.class).single();
    }

    /** Runs of the period left RUNNING by a crashed node; called while holding the period's lock. */
    int failInterrupted(LocalDate periodStart) {
        return jdbc.sql("""
                        update billing_run set status = 'FAILED', finished_at = now(),
                        error = 'interrupted (the node stopped); resumed by a later run'
                        where period_start = ? and status = 'RUNNING'""")
                .param(periodStart).update();
    }

    void setDue(long id, int due) {
        jdbc.sql("update billing_run set due_count = ? where id = ?").params(due, id).update();
    }

    void addCounts(long id, int issued, int skipped, int failed, long total) {
        jdbc.sql("""
                        update billing_run set issued_count = issued_count + ?, skipped_count = skipped_count + ?,
                        failed_count = failed_count + ?, total_amount = total_amount + ? where id = ?""")
                .params(issued, skipped, failed, total, id).update();
    }

    void finish(long id, BillingRunStatus status, String error) {
        jdbc.sql("update billing_run set status = ?, error = ?, finished_at = now() where id = ?")
                .params(status.name(), error, id).update();
    }

    BillingRun get(long id) {
        return jdbc.sql("select * from billing_run r where id = ?").param(id).query(BillingRunStore::row).optional()
                .orElseThrow(() -> new NoSuchElementException("billing run " + id));
    }

    List<BillingRun> recent(int limit) {
        return jdbc.sql("select * from billing_run r order by started_at desc, id desc limit ?")
                .param(Math.max(0, Math.min(limit, 500))).query(BillingRunStore::row).list();
    }

    /** The newest run that is RUNNING and whose node still holds the period's lock. */
    Optional<BillingRun> running() {
        return jdbc.sql("select * from billing_run r where status = 'RUNNING' and " + HELD
                        + " order by started_at desc limit 1")
                .query(BillingRunStore::row).optional();
    }

    Optional<BillingRun> runningFor(LocalDate periodStart) {
        return jdbc.sql("select * from billing_run r where period_start = ? and status = 'RUNNING' and " + HELD
                        + " order by started_at desc limit 1")
                .param(periodStart).query(BillingRunStore::row).optional();
    }

    /** The latest period start a run finished DONE for, if any. */
    Optional<LocalDate> lastDonePeriod() {
        return jdbc.sql("select period_start from billing_run where status = 'DONE' order by period_start desc limit 1")
                .query(LocalDate.class).optional();
    }

    private static BillingRun row(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new BillingRun(rs.getLong("id"), rs.getObject("period_start", LocalDate.class), rs.getString("trigger"),
                rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), BillingRunStatus.valueOf(rs.getString("status")),
                rs.getInt("due_count"), rs.getInt("issued_count"), rs.getInt("skipped_count"), rs.getInt("failed_count"),
                Money.idr(rs.getLong("total_amount")), rs.getString("error"));
    }
}
