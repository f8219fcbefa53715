package id.arus.catalog.internal;

import id.arus.catalog.BillingCycle;
import id.arus.catalog.Burst;
import id.arus.catalog.Plan;
import id.arus.catalog.PlanForm;
import id.arus.catalog.PlanStatus;
import id.arus.catalog.PlanType;
import id.arus.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code plan} and {@code plan_version} tables (V50). Version rows are only ever inserted. */
@Repository
class PlanStore {

    /**
     * A plan row joined with one of its versions. {@code changed_at} is when that version's terms began for a
     * past version, and the last change of the plan for the current one.
     */
    private static final String SELECT = """
            select p.id, p.code, p.name, p.installation_fee, p.status, p.template, v.version, v.type,
                   v.download_kbps, v.upload_kbps, v.limit_at_down_kbps, v.limit_at_up_kbps, v.burst_down_kbps,
                   v.burst_up_kbps, v.threshold_down_kbps, v.threshold_up_kbps, v.burst_time_seconds, v.price,
                   v.tax_inclusive, v.billing_cycle, v.prepaid,
                   case when v.version = p.current_version then p.changed_at else v.created_at end as changed_at
            from plan p join plan_version v on v.plan_id = p.id""";
    private static final String CURRENT = SELECT + " and v.version = p.current_version";

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Plan> findAll(boolean includeArchived) {
        return jdbc.sql(CURRENT + (includeArchived ? "" : " where p.status = 'ACTIVE'") + " order by p.template, p.code")
                .query(PlanStore::map).list();
    }

    List<Plan> findSellable() {
        return jdbc.sql(CURRENT + " where p.status = 'ACTIVE' and not p.template order by v.type, v.download_kbps, p.code")
                .query(PlanStore::map).list();
    }

    Optional<Plan> findById(long id) {
        return jdbc.sql(CURRENT + " where p.id = ?").param(id).query(PlanStore::map).optional();
    }

    /** The row of the plan, locked until the transaction ends, so two concurrent changes version one after the other. */
    Optional<Plan> lock(long id) {
        jdbc.sql("select id from plan where id = ? for update").param(id).query(Long.class).optional();
        return findById(id);
    }

    Optional<Plan> findByCode(String code) {
        return jdbc.sql(CURRENT + " where p.code = ?").param(code).query(PlanStore::map).optional();
    }

    Optional<Plan> findVersion(long id, int version) {
        return jdbc.sql(SELECT + " where p.id = ? and v.version = ?").param(id).param(version).query(PlanStore::map).optional();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from plan where code = ?").param(code).query(Long.class).single() > 0;
    }

    long insert(PlanForm form, String actor) {
        long id = jdbc.sql("""
                insert into plan (code, name, installation_fee, template, current_version)
                values (:code, :name, :fee, :template, 1) returning id""")
                .param("code", form.code()).param("name", form.name()).param("fee", rupiah(form.installationFee()))
                .param("template", form.template()).query(Long.class).single();
        insertVersion(id, 1, form, actor);
        return id;
    }

    /** Changes what is not part of a version (name, installation fee, template flag) and, when given, moves to a new version. */
    void update(long id, PlanForm form, Integer newVersion, String actor) {
        if (newVersion != null) {
            insertVersion(id, newVersion, form, actor);
        }
        jdbc.sql("""
                update plan set name = :name, installation_fee = :fee, template = :template,
                       current_version = coalesce(:version, current_version), changed_at = now()
                where id = :id""")
                .param("name", form.name()).param("fee", rupiah(form.installationFee())).param("template", form.template())
                .param("version", newVersion).param("id", id).update();
    }

    void setStatus(long id, PlanStatus status) {
        jdbc.sql("update plan set status = ?, changed_at = now() where id = ?").param(status.name()).param(id).update();
    }

    private void insertVersion(long id, int version, PlanForm form, String actor) {
        Map<String, Object> params = new HashMap<>();
        Burst burst = form.burst() == null ? new Burst(null, null, null, null, null, null, null) : form.burst();
        params.put("id", id);
        params.put("version", version);
        params.put("type", form.type().name());
        params.put("down", form.downloadKbps());
        params.put("up", form.uploadKbps());
        params.put("limitAtDown", burst.limitAtDownKbps());
        params.put("limitAtUp", burst.limitAtUpKbps());
        params.put("burstDown", burst.burstDownKbps());
        params.put("burstUp", burst.burstUpKbps());
        params.put("thresholdDown", burst.thresholdDownKbps());
        params.put("thresholdUp", burst.thresholdUpKbps());
        params.put("seconds", burst.burstTimeSeconds());
        params.put("price", form.price().rupiah());
        params.put("tax", form.taxInclusive());
        params.put("cycle", form.cycle().name());
        params.put("prepaid", form.prepaid());
        params.put("actor", actor);
        jdbc.sql("""
                insert into plan_version (plan_id, version, type, download_kbps, upload_kbps, limit_at_down_kbps,
                    limit_at_up_kbps, burst_down_kbps, burst_up_kbps, threshold_down_kbps, threshold_up_kbps,
                    burst_time_seconds, price, tax_inclusive, billing_cycle, prepaid, created_by)
                values (:id, :version, :type, :down, :up, :limitAtDown, :limitAtUp, :burstDown, :burstUp, :thresholdDown,
                    :thresholdUp, :seconds, :price, :tax, :cycle, :prepaid, :actor)""")
                .params(params).update();
    }

    private static long rupiah(Money money) {
        return money == null ? 0 : money.rupiah();
    }

    private static Plan map(ResultSet rs, int row) throws SQLException {
        Burst burst = new Burst(nullableLong(rs, "limit_at_down_kbps"), nullableLong(rs, "limit_at_up_kbps"),
                nullableLong(rs, "burst_down_kbps"), nullableLong(rs, "burst_up_kbps"),
                nullableLong(rs, "threshold_down_kbps"), nullableLong(rs, "threshold_up_kbps"),
                rs.getObject("burst_time_seconds", Integer.class));
        boolean noBurst = burst.equals(new Burst(null, null, null, null, null, null, null));
        return new Plan(rs.getLong("id"), rs.getString("code"), rs.getString("name"), PlanType.valueOf(rs.getString("type")),
                rs.getLong("download_kbps"), rs.getLong("upload_kbps"), noBurst ? null : burst,
                Money.idr(rs.getLong("price")), rs.getBoolean("tax_inclusive"), BillingCycle.valueOf(rs.getString("billing_cycle")),
                rs.getBoolean("prepaid"), Money.idr(rs.getLong("installation_fee")), PlanStatus.valueOf(rs.getString("status")),
                rs.getBoolean("template"), rs.getInt("version"), rs.getTimestamp("changed_at").toInstant());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Long.class);
    }
}
