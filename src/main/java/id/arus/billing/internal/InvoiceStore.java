package id.arus.billing.internal;

import id.arus.billing.Invoice;
import id.arus.billing.InvoiceLine;
import id.arus.billing.InvoicePayment;
import id.arus.billing.InvoiceSums;
import id.arus.billing.InvoicePurpose;
import id.arus.billing.InvoiceQuery;
import id.arus.billing.InvoiceStatus;
import id.arus.billing.LineKind;
import id.arus.settings.OperatorZone;
import id.arus.shared.AdvisoryLocks;
import id.arus.shared.Money;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The invoice tables on JDBC: invoices with their lines, payments applied and the customers' credit. */
@Component
class InvoiceStore {

    /** An invoice row as stored, with the terms a recomputation needs. */
    record Stored(Invoice invoice, boolean taxInclusive, boolean dppOtherValue) {
    }

    /** A new invoice's header; lines go in separately. */
    record NewInvoice(String number, long customerId, String customerCode, String subscriptionNumber, String planCode,
                      String area, InvoicePurpose purpose, LocalDate periodStart, LocalDate periodEnd, Instant issuedAt,
                      LocalDate dueDate, TaxPolicy taxPolicy, boolean taxInclusive, TaxPolicy.Totals totals) {
    }

    private static final String COLUMNS = """
            id, number, customer_id, customer_code, subscription_number, plan_code, area, purpose, period_start,
            period_end, issued_at, due_date, status, subtotal, tax_base, tax_rate, tax, total, paid, void_reason, paid_at,
            tax_inclusive, dpp_other_value""";

    private final JdbcClient jdbc;
    private final OperatorZone zone;

    InvoiceStore(JdbcClient jdbc, OperatorZone zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    long insert(NewInvoice n, List<InvoiceLine> lines) {
        long id = jdbc.sql("""
                        insert into invoice (number, customer_id, customer_code, subscription_number, plan_code, area,
                            purpose, period_start, period_end, issued_at, due_date, status, subtotal, tax_base, tax_rate,
                            tax, total, tax_inclusive, dpp_other_value)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ISSUED', ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(n.number(), n.customerId(), n.customerCode(), n.subscriptionNumber(), n.planCode(), n.area(),
                        n.purpose().name(), date(n.periodStart()), date(n.periodEnd()), Timestamp.from(n.issuedAt()),
                        date(n.dueDate()), n.totals().subtotal().rupiah(), n.totals().taxBase().rupiah(),
                        n.taxPolicy().ratePercent(), n.totals().tax().rupiah(), n.totals().total().rupiah(),
                        n.taxInclusive(), n.taxPolicy().dppOtherValue())
                .query(Long.class).single();
        for (InvoiceLine line : lines) {
            insertLine(id, line);
        }
        return id;
    }

    void insertLine(long invoiceId, InvoiceLine line) {
        jdbc.sql("""
                        insert into invoice_line (invoice_id, position, kind, description, quantity, unit_price, amount, rule_code)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(invoiceId, line.position(), line.kind().name(), line.description(), line.quantity(),
                        line.unitPrice().rupiah(), line.amount().rupiah(), line.ruleCode())
                .update();
    }

    Optional<Stored> find(String number) {
        return one("select " + COLUMNS + " from invoice where number = ?", number);
    }

    /** The invoice under its row lock until the transaction ends: payments, fees and voids serialise on it. */
    Optional<Stored> lock(String number) {
        return one("select " + COLUMNS + " from invoice where number = ? for update", number);
    }

    Optional<Stored> lock(long id) {
        return one("select " + COLUMNS + " from invoice where id = ? for update", id);
    }

    private Optional<Stored> one(String sql, Object key) {
        List<Stored> rows = jdbc.sql(sql).param(key).query(InvoiceStore::header).list();
        return rows.isEmpty() ? Optional.empty() : Optional.of(withLines(rows).get(0));
    }

    List<Invoice> search(InvoiceQuery query, Long customerId, int offset, int limit) {
        Where where = where(query, customerId);
        List<Stored> rows = jdbc.sql("select " + COLUMNS + " from invoice" + where.sql
                        + " order by issued_at desc, id desc offset ? limit ?")
                .params(append(where.params, offset, limit)).query(InvoiceStore::header).list();
        return withLines(rows).stream().map(Stored::invoice).toList();
    }

    int count(InvoiceQuery query, Long customerId) {
        Where where = where(query, customerId);
        return jdbc.sql("select count(*) from invoice" + where.sql).params(where.params).query(Integer.class).single();
    }

    /** Sums of the filtered list for the screen's footer: total and still to pay. */
    InvoiceSums sums(InvoiceQuery query) {
        Where where = where(query, null);
        return jdbc.sql("select coalesce(sum(total), 0), coalesce(sum(case when status = 'VOID' then 0 else greatest(total - paid, 0) end), 0), count(*) from invoice" + where.sql)
                .params(where.params)
                .query((rs, n) -> new InvoiceSums(rs.getInt(3), Money.idr(rs.getLong(1)), Money.idr(rs.getLong(2)))).single();
    }

    void updateTotals(long id, TaxPolicy.Totals totals) {
        jdbc.sql("""
                        update invoice set subtotal = ?, tax_base = ?, tax = ?, total = ?, version = version + 1,
                            updated_at = now() where id = ?""")
                .params(totals.subtotal().rupiah(), totals.taxBase().rupiah(), totals.tax().rupiah(),
                        totals.total().rupiah(), id)
                .update();
    }

    void updatePaid(long id, Money paid, InvoiceStatus status, Instant paidAt) {
        jdbc.sql("update invoice set paid = ?, status = ?, paid_at = ?, version = version + 1, updated_at = now() where id = ?")
                .params(paid.rupiah(), status.name(), paidAt == null ? null : Timestamp.from(paidAt), id)
                .update();
    }

    void markVoid(long id, String reason) {
        jdbc.sql("update invoice set status = 'VOID', void_reason = ?, version = version + 1, updated_at = now() where id = ?")
                .params(reason, id).update();
    }

    /** Open invoices due before {@code today} become OVERDUE; returns their numbers. */
    List<String> markOverdue(LocalDate today) {
        return jdbc.sql("""
                        update invoice set status = 'OVERDUE', version = version + 1, updated_at = now()
                        where status in ('ISSUED', 'PARTIALLY_PAID') and due_date < ? returning number""")
                .param(date(today)).query(String.class).list();
    }

    boolean hasRuleLine(long invoiceId, String ruleCode) {
        return jdbc.sql("select count(*) from invoice_line where invoice_id = ? and rule_code = ?")
                .params(invoiceId, ruleCode).query(Integer.class).single() > 0;
    }

    // ---- payments and credit

    Optional<InvoicePayment> paymentByRef(String paymentRef) {
        return jdbc.sql("select payment_ref, amount, method, applied_at from invoice_payment where payment_ref = ?")
                .param(paymentRef).query(InvoiceStore::payment).optional();
    }

    List<InvoicePayment> payments(long invoiceId) {
        return jdbc.sql("select payment_ref, amount, method, applied_at from invoice_payment where invoice_id = ? order by applied_at, payment_ref")
                .param(invoiceId).query(InvoiceStore::payment).list();
    }

    void insertPayment(long invoiceId, String paymentRef, Money amount, String method, Instant appliedAt) {
        jdbc.sql("insert into invoice_payment (invoice_id, payment_ref, amount, method, applied_at) values (?, ?, ?, ?, ?)")
                .params(invoiceId, paymentRef, amount.rupiah(), method, Timestamp.from(appliedAt)).update();
    }

    /** Adds a credit movement: + kept from an overpayment, − used on an invoice. Returns its id. */
    long insertCredit(long customerId, Money amount, String reason, Long invoiceId, String paymentRef) {
        return jdbc.sql("""
                        insert into customer_credit (customer_id, amount, reason, invoice_id, payment_ref)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(customerId, amount.rupiah(), reason, invoiceId, paymentRef).query(Long.class).single();
    }

    Optional<Money> creditByPayment(String paymentRef, String reason) {
        return jdbc.sql("select amount from customer_credit where payment_ref = ? and reason = ?")
                .params(paymentRef, reason).query(Long.class).optional().map(Money::idr);
    }

    Money credit(long customerId) {
        return Money.idr(jdbc.sql("select coalesce(sum(amount), 0) from customer_credit where customer_id = ?")
                .param(customerId).query(Long.class).single());
    }

    /**
     * Serialises work on one customer's credit until the transaction ends, so two invoices never spend the
     * same credit (the balance is a sum, not a row that could be locked).
     */
    void lockCredit(long customerId) {
        AdvisoryLocks.lockForTransaction(jdbc, AdvisoryLocks.of(AdvisoryLocks.Space.CUSTOMER_CREDIT, customerId));
    }

    List<Long> openInvoiceIds(long customerId) {
        return jdbc.sql("""
                        select id from invoice where customer_id = ? and status in ('ISSUED', 'PARTIALLY_PAID', 'OVERDUE')
                        order by due_date, id""")
                .param(customerId).query(Long.class).list();
    }

    // ---- delivery

    /** Invoices still to send, oldest first. */
    List<String> undelivered(int limit) {
        return jdbc.sql("select number from invoice where delivered_at is null order by id limit ?")
                .param(limit).query(String.class).list();
    }

    void markDelivered(long id, String note) {
        jdbc.sql("update invoice set delivered_at = now(), delivery_note = ? where id = ? and delivered_at is null")
                .params(note, id).update();
    }

    // ---- mapping

    private List<Stored> withLines(List<Stored> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<InvoiceLine>> lines = lines(rows.stream().map(s -> s.invoice().id()).toList());
        List<Stored> complete = new ArrayList<>(rows.size());
        for (Stored s : rows) {
            Invoice i = s.invoice();
            complete.add(new Stored(new Invoice(i.id(), i.number(), i.customerId(), i.customerCode(), i.subscriptionNumber(),
                    i.planCode(), i.area(), i.purpose(), i.periodStart(), i.periodEnd(), i.issuedAt(), i.dueDate(), i.status(),
                    i.subtotal(), i.taxBase(), i.taxRate(), i.tax(), i.total(), i.paid(), i.voidReason(), i.paidAt(),
                    lines.getOrDefault(i.id(), List.of())), s.taxInclusive(), s.dppOtherValue()));
        }
        return complete;
    }

    private Map<Long, List<InvoiceLine>> lines(Collection<Long> invoiceIds) {
        Map<Long, List<InvoiceLine>> byInvoice = new HashMap<>();
        jdbc.sql("""
                        select invoice_id, position, kind, description, quantity, unit_price, amount, rule_code
                        from invoice_line where invoice_id = any(?) order by invoice_id, position""")
                .param(invoiceIds.toArray(Long[]::new))
                .query(rs -> {
                    byInvoice.computeIfAbsent(rs.getLong("invoice_id"), k -> new ArrayList<>()).add(new InvoiceLine(
                            rs.getInt("position"), LineKind.valueOf(rs.getString("kind")), rs.getString("description"),
                            rs.getInt("quantity"), Money.idr(rs.getLong("unit_price")), Money.idr(rs.getLong("amount")),
                            rs.getString("rule_code")));
                });
        return byInvoice;
    }

    private static Stored header(ResultSet rs, int n) throws SQLException {
        return new Stored(new Invoice(rs.getLong("id"), rs.getString("number"), rs.getLong("customer_id"),
                rs.getString("customer_code"), rs.getString("subscription_number"), rs.getString("plan_code"),
                rs.getString("area"), InvoicePurpose.valueOf(rs.getString("purpose")), localDate(rs, "period_start"),
                localDate(rs, "period_end"), instant(rs, "issued_at"), localDate(rs, "due_date"),
                InvoiceStatus.valueOf(rs.getString("status")), Money.idr(rs.getLong("subtotal")),
                Money.idr(rs.getLong("tax_base")), rs.getBigDecimal("tax_rate"), Money.idr(rs.getLong("tax")),
                Money.idr(rs.getLong("total")), Money.idr(rs.getLong("paid")), rs.getString("void_reason"),
                instant(rs, "paid_at"), List.of()), rs.getBoolean("tax_inclusive"), rs.getBoolean("dpp_other_value"));
    }

    private static InvoicePayment payment(ResultSet rs, int n) throws SQLException {
        return new InvoicePayment(rs.getString("payment_ref"), Money.idr(rs.getLong("amount")), rs.getString("method"),
                instant(rs, "applied_at"));
    }

    private record Where(String sql, Object[] params) {
    }

    private Where where(InvoiceQuery q, Long customerId) {
        StringBuilder sql = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (customerId != null) {
            sql.append(" and customer_id = ?");
            params.add(customerId);
        }
        if (q != null && q.text() != null && !q.text().isBlank()) {
            String like = "%" + q.text().strip().toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            sql.append(" and (number like ? or customer_code like ? or upper(coalesce(subscription_number, '')) like ?)");
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (q != null && q.status() != null) {
            sql.append(" and status = ?");
            params.add(q.status().name());
        }
        // issue dates are the operator's calendar days
        java.time.ZoneId operator = zone.zone();
        if (q != null && q.issuedFrom() != null) {
            sql.append(" and issued_at >= ?");
            params.add(Timestamp.from(q.issuedFrom().atStartOfDay(operator).toInstant()));
        }
        if (q != null && q.issuedTo() != null) {
            sql.append(" and issued_at < ?");
            params.add(Timestamp.from(q.issuedTo().plusDays(1).atStartOfDay(operator).toInstant()));
        }
        return new Where(sql.toString(), params.toArray());
    }

    private static Object[] append(Object[] params, Object... more) {
        Object[] all = new Object[params.length + more.length];
        System.arraycopy(params, 0, all, 0, params.length);
        System.arraycopy(more, 0, all, params.length, more.length);
        return all;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
