package id.arus.customer.internal;

import id.arus.customer.Customer;
import id.arus.customer.CustomerPin;
import id.arus.customer.CustomerQuery;
import id.arus.customer.CustomerStatus;
import id.arus.customer.ServiceSummary;
import id.arus.shared.GeoPoint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code customer} and {@code customer_service} tables. */
@Repository
public class CustomerStore {

    private static final String COLUMNS = """
            c.id, c.code, c.name, c.nik, c.phone, c.email, c.address, c.latitude, c.longitude, c.category, c.notes,
            c.status, c.username, c.created_at""";

    /** The map shows at most this many pins at once; a larger area must be narrowed by a filter. */
    static final int MAX_PINS = 20_000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    CustomerStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public Optional<Customer> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from customer c where c.code = ?").param(code)
                .query(CustomerStore::map).optional();
    }

    public Optional<Customer> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from customer c where c.id = ?").param(id)
                .query(CustomerStore::map).optional();
    }

    public Optional<Customer> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from customer c where c.username = ?").param(username)
                .query(CustomerStore::map).optional();
    }

    /** The code of the customer holding this NIK, if any (other than the one being edited). */
    public Optional<String> codeHoldingNik(String nik, Long exceptId) {
        return jdbc.sql("select code from customer where nik = :nik and (cast(:except as bigint) is null or id <> :except)")
                .param("nik", nik).param("except", exceptId).query(String.class).optional();
    }

    public boolean usernameLinked(String username) {
        return jdbc.sql("select exists (select 1 from customer where username = ?)").param(username)
                .query(Boolean.class).single();
    }

    /** A new code from the sequence: CUST-000001 .. CUST-999999, then CUST-1000000 (never truncated). */
    public String nextCode() {
        long n = jdbc.sql("select nextval('customer_code_seq')").query(Long.class).single();
        return String.format("CUST-%06d", n);
    }

    public long insert(String code, ValidCustomer row, String username) {
        return jdbc.sql("""
                insert into customer (code, name, nik, phone, email, address, latitude, longitude, category, notes, username)
                values (:code, :name, :nik, :phone, :email, :address, :lat, :lon, :category, :notes, :username)
                returning id""")
                .params(params(row)).param("code", code).param("username", username).query(Long.class).single();
    }

    /** Of the given NIKs, those some customer already has. */
    public java.util.Set<String> existingNiks(List<String> niks) {
        if (niks.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select nik from customer where nik = any(?)")
                .param(niks.toArray(String[]::new)).query(String.class).list());
    }

    /** Stores many customers with one round trip per batch, each with the next code of the sequence. */
    public void insertBatch(List<ValidCustomer> rows) {
        final int batch = 1000;
        for (int from = 0; from < rows.size(); from += batch) {
            List<ValidCustomer> part = rows.subList(from, Math.min(rows.size(), from + batch));
            List<Long> numbers = jdbc.sql("select nextval('customer_code_seq') from generate_series(1, ?)")
                    .param(part.size()).query(Long.class).list();
            var values = new ArrayList<org.springframework.jdbc.core.namedparam.SqlParameterSource>();
            for (int i = 0; i < part.size(); i++) {
                Map<String, Object> p = params(part.get(i));
                p.put("code", String.format("CUST-%06d", numbers.get(i)));
                values.add(new org.springframework.jdbc.core.namedparam.MapSqlParameterSource(p));
            }
            named.batchUpdate("""
                    insert into customer (code, name, nik, phone, email, address, latitude, longitude, category, notes)
                    values (:code, :name, :nik, :phone, :email, :address, :lat, :lon, :category, :notes)""",
                    values.toArray(org.springframework.jdbc.core.namedparam.SqlParameterSource[]::new));
        }
    }

    public void update(long id, ValidCustomer row) {
        jdbc.sql("""
                update customer set name = :name, nik = :nik, phone = :phone, email = :email, address = :address,
                       latitude = :lat, longitude = :lon, category = :category, notes = :notes, updated_at = now()
                where id = :id""")
                .params(params(row)).param("id", id).update();
    }

    private static Map<String, Object> params(ValidCustomer row) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", row.name());
        p.put("nik", row.nik());
        p.put("phone", row.phone());
        p.put("email", row.email());
        p.put("address", row.address());
        p.put("lat", row.location() == null ? null : row.location().latitude());
        p.put("lon", row.location() == null ? null : row.location().longitude());
        p.put("category", row.category());
        p.put("notes", row.notes());
        return p;
    }

    public List<Customer> search(CustomerQuery query, int offset, int limit) {
        CustomerSearchSql where = CustomerSearchSql.of(query);
        return jdbc.sql("select " + COLUMNS + " from customer c where " + where.condition()
                        + " order by c.id desc offset :offset limit :limit")
                .params(where.params()).param("offset", offset).param("limit", limit)
                .query(CustomerStore::map).list();
    }

    public long count(CustomerQuery query) {
        CustomerSearchSql where = CustomerSearchSql.of(query);
        return jdbc.sql("select count(*) from customer c where " + where.condition())
                .params(where.params()).query(Long.class).single();
    }

    public List<CustomerPin> pins(CustomerQuery query) {
        CustomerSearchSql where = CustomerSearchSql.of(query);
        return jdbc.sql("""
                        select c.code, c.name, c.latitude, c.longitude, c.status,
                               (select s.nas_id from customer_service s where s.customer_id = c.id
                                  and s.status not in ('TERMINATED', 'REJECTED') and s.nas_id is not null
                                order by s.subscription_number limit 1) as nas_id
                        from customer c where c.latitude is not null and """ + where.condition()
                        + " order by c.id limit " + MAX_PINS)
                .params(where.params())
                .query((rs, n) -> new CustomerPin(rs.getString("code"), rs.getString("name"),
                        new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                        CustomerStatus.valueOf(rs.getString("status")), (Long) rs.getObject("nas_id", Long.class)))
                .list();
    }

    /** Inserts or replaces what is known of one service. */
    public void upsertService(long customerId, ServiceSummary service) {
        jdbc.sql("""
                insert into customer_service (subscription_number, customer_id, status, nas_id, plan_id)
                values (:number, :customer, :status, :nas, :plan)
                on conflict (subscription_number) do update set customer_id = excluded.customer_id,
                    status = excluded.status, nas_id = excluded.nas_id, plan_id = excluded.plan_id, updated_at = now()""")
                .param("number", service.subscriptionNumber()).param("customer", customerId)
                .param("status", service.status()).param("nas", service.nasId()).param("plan", service.planId())
                .update();
    }

    public List<ServiceSummary> services(long customerId) {
        return jdbc.sql("""
                        select subscription_number, status, nas_id, plan_id from customer_service
                        where customer_id = ? order by subscription_number""")
                .param(customerId)
                .query((rs, n) -> new ServiceSummary(rs.getString(1), rs.getString(2),
                        (Long) rs.getObject(3, Long.class), rs.getLong(4)))
                .list();
    }

    public void setStatus(long customerId, CustomerStatus status) {
        jdbc.sql("update customer set status = ? where id = ?").param(status.name()).param(customerId).update();
    }

    static Customer map(ResultSet rs, int n) throws SQLException {
        double lat = rs.getDouble("latitude");
        GeoPoint location = rs.wasNull() ? null : new GeoPoint(lat, rs.getDouble("longitude"));
        return new Customer(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("nik"),
                rs.getString("phone"), rs.getString("email"), rs.getString("address"), location,
                rs.getString("category"), rs.getString("notes"), CustomerStatus.valueOf(rs.getString("status")),
                rs.getString("username"), rs.getTimestamp("created_at").toInstant());
    }
}
