package id.arus.subscription.internal;

import id.arus.catalog.PlanType;
import id.arus.shared.GeoPoint;
import id.arus.subscription.Subscription;
import id.arus.subscription.SubscriptionChange;
import id.arus.subscription.SubscriptionStatus;
import id.arus.subscription.SuspensionReason;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code subscription}, {@code subscription_change} and number counter tables. */
@Repository
public class SubscriptionStore {

    private final JdbcClient jdbc;

    SubscriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new subscription as registration knows it. */
    public record NewSubscription(String number, long customerId, String customerCode, long planId, int planVersion,
                                  PlanType type, String site, Long requestedNasId, String installationAddress,
                                  GeoPoint location, String notes) {
    }

    /** What only the store knows beyond the API record: the encrypted password and the requested NAS. */
    public record Row(Subscription subscription, String encryptedPassword, Long requestedNasId, boolean isolated,
                      SuspensionReason suspensionReason, String installationAddress, LocalDate installationDate,
                      String notes) {
    }

    /** The next value of the year's counter; the row lock serialises concurrent registrations of the year. */
    public long nextNumber(int year) {
        return jdbc.sql("""
                insert into subscription_number_counter (year, last_value) values (?, 1)
                on conflict (year) do update set last_value = subscription_number_counter.last_value + 1
                returning last_value""").param(year).query(Long.class).single();
    }

    public long insert(NewSubscription s) {
        return jdbc.sql("""
                insert into subscription (number, customer_id, customer_code, plan_id, plan_version, type, status, site,
                    requested_nas_id, installation_address, latitude, longitude, notes)
                values (:number, :customer, :code, :plan, :version, :type, 'ONBOARDING', :site, :nas, :address, :lat, :lon, :notes)
                returning id""")
                .param("number", s.number()).param("customer", s.customerId()).param("code", s.customerCode())
                .param("plan", s.planId()).param("version", s.planVersion()).param("type", s.type().name())
                .param("site", s.site()).param("nas", s.requestedNasId()).param("address", s.installationAddress())
                .param("lat", s.location() == null ? null : s.location().latitude())
                .param("lon", s.location() == null ? null : s.location().longitude())
                .param("notes", s.notes()).query(Long.class).single();
    }

    public Optional<Row> find(String number) {
        return jdbc.sql("select * from subscription where number = ?").param(number).query(SubscriptionStore::row).optional();
    }

    /** The row locked until the caller's transaction ends, so two steps of one subscription never interleave. */
    public Optional<Row> lock(String number) {
        return jdbc.sql("select * from subscription where number = ? for update").param(number).query(SubscriptionStore::row).optional();
    }

    public List<Subscription> ofCustomer(long customerId) {
        return jdbc.sql("select * from subscription where customer_id = ? order by id").param(customerId)
                .query(SubscriptionStore::row).list().stream().map(Row::subscription).toList();
    }

    public List<Subscription> list(SubscriptionStatus status, Long nasId, int offset, int limit) {
        return jdbc.sql("""
                select * from subscription where (cast(:status as text) is null or status = :status)
                and (cast(:nas as bigint) is null or nas_id = :nas) order by id desc offset :offset limit :limit""")
                .param("status", status == null ? null : status.name()).param("nas", nasId)
                .param("offset", Math.max(0, offset)).param("limit", Math.max(0, limit))
                .query(SubscriptionStore::row).list().stream().map(Row::subscription).toList();
    }

    public List<Subscription> listAfter(SubscriptionStatus status, long afterId, int limit) {
        return jdbc.sql("""
                select * from subscription where (cast(:status as text) is null or status = :status) and id > :after
                order by id limit :limit""")
                .param("status", status == null ? null : status.name()).param("after", afterId)
                .param("limit", Math.max(0, limit))
                .query(SubscriptionStore::row).list().stream().map(Row::subscription).toList();
    }

    /** Numbers of live subscriptions sold at an older version of the plan. */
    public List<String> onOlderVersion(long planId, int version) {
        return jdbc.sql("""
                select number from subscription where plan_id = ? and plan_version < ?
                and status in ('ONBOARDING', 'ACTIVATING', 'ACTIVE', 'SUSPENDED') order by id""")
                .param(planId).param(version).query(String.class).list();
    }

    public boolean loginTaken(String login) {
        return jdbc.sql("select exists (select 1 from subscription where lower(login) = lower(?))").param(login)
                .query(Boolean.class).single();
    }

    public void setStatus(long id, SubscriptionStatus status, String reason) {
        jdbc.sql("""
                update subscription set status = :status, status_reason = :reason, updated_at = now(),
                    activated_at = case when :status = 'ACTIVE' and activated_at is null then now() else activated_at end
                where id = :id""")
                .param("status", status.name()).param("reason", reason).param("id", id).update();
    }

    public void setIsolation(long id, boolean isolated, SuspensionReason reason) {
        jdbc.sql("update subscription set isolated = ?, suspension_reason = ?, updated_at = now() where id = ?")
                .param(isolated).param(reason == null ? null : reason.name()).param(id).update();
    }

    public void setNas(long id, Long nasId, String address) {
        jdbc.sql("update subscription set nas_id = ?, address = ?, updated_at = now() where id = ?")
                .param(nasId).param(address).param(id).update();
    }

    public void setAddress(long id, String address) {
        jdbc.sql("update subscription set address = ?, updated_at = now() where id = ?").param(address).param(id).update();
    }

    public void setCredentials(long id, String login, String encryptedPassword) {
        jdbc.sql("update subscription set login = ?, password = ?, updated_at = now() where id = ?")
                .param(login).param(encryptedPassword).param(id).update();
    }

    public void setPlan(long id, long planId, int version, PlanType type) {
        jdbc.sql("update subscription set plan_id = ?, plan_version = ?, type = ?, updated_at = now() where id = ?")
                .param(planId).param(version).param(type.name()).param(id).update();
    }

    public void setInstallation(long id, String cpeSerial, String cpeModel, LocalDate date, GeoPoint location,
                                Long distributionPointId) {
        jdbc.sql("""
                update subscription set cpe_serial = :serial, cpe_model = :model, installation_date = :date,
                    latitude = coalesce(:lat, latitude), longitude = coalesce(:lon, longitude),
                    distribution_point_id = :odp, updated_at = now() where id = :id""")
                .param("serial", cpeSerial).param("model", cpeModel).param("date", date == null ? null : Date.valueOf(date))
                .param("lat", location == null ? null : location.latitude())
                .param("lon", location == null ? null : location.longitude())
                .param("odp", distributionPointId).param("id", id).update();
    }

    /** Adds a history entry; returns its id. */
    public long addChange(long subscriptionId, String actor, String what, String detail) {
        return jdbc.sql("insert into subscription_change (subscription_id, actor, what, detail) values (?, ?, ?, ?) returning id")
                .param(subscriptionId).param(actor).param(what).param(detail).query(Long.class).single();
    }

    public List<SubscriptionChange> changes(long subscriptionId) {
        return jdbc.sql("select at, actor, what, detail from subscription_change where subscription_id = ? order by id")
                .param(subscriptionId)
                .query((rs, n) -> new SubscriptionChange(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("what"), rs.getString("detail"))).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        double lat = rs.getDouble("latitude");
        GeoPoint location = rs.wasNull() ? null : new GeoPoint(lat, rs.getDouble("longitude"));
        Timestamp activated = rs.getTimestamp("activated_at");
        Subscription s = new Subscription(rs.getLong("id"), rs.getString("number"), rs.getLong("customer_id"),
                rs.getString("customer_code"), rs.getLong("plan_id"), rs.getInt("plan_version"),
                PlanType.valueOf(rs.getString("type")), SubscriptionStatus.valueOf(rs.getString("status")),
                rs.getString("site"), rs.getObject("nas_id", Long.class), rs.getString("login"), rs.getString("address"),
                rs.getObject("distribution_point_id", Long.class), rs.getString("cpe_serial"), rs.getString("cpe_model"),
                location, rs.getString("status_reason"), rs.getTimestamp("created_at").toInstant(),
                activated == null ? null : activated.toInstant());
        String reason = rs.getString("suspension_reason");
        Date date = rs.getDate("installation_date");
        return new Row(s, rs.getString("password"), rs.getObject("requested_nas_id", Long.class), rs.getBoolean("isolated"),
                reason == null ? null : SuspensionReason.valueOf(reason), rs.getString("installation_address"),
                date == null ? null : date.toLocalDate(), rs.getString("notes"));
    }
}
