package id.arus.billing.internal;

import id.arus.billing.InvoiceLine;
import id.arus.shared.Money;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one chunk of a billing run in the caller's transaction with a handful of statements whatever the
 * chunk's size: which are invoiced already, the numbers (exactly as many as there are new invoices, so the
 * month's sequence stays gapless), the invoices and their lines each as one multi-row insert from arrays,
 * and the run's counts. The unique index {@code invoice_once_per_period} is the last guard: a row it
 * refuses rolls the whole chunk back, numbers included, and the caller tries again.
 */
@Component
class RunChunkWriter {

    /** A subscription's invoice for the run, before number and tax. */
    record DueInvoice(String subscriptionNumber, long customerId, String customerCode, String planCode, String area,
                      LocalDate periodStart, LocalDate periodEnd, boolean taxInclusive, List<InvoiceLine> lines) {
    }

    /** What a chunk did. */
    record Written(int issued, int skipped, long total) {
    }

    /** Thrown when another writer got in between (the chunk rolls back and is tried again). */
    static final class ConcurrentInvoice extends RuntimeException {
        ConcurrentInvoice(int expected, int inserted) {
            super("expected " + expected + " new invoices but " + inserted + " were inserted");
        }
    }

    private final JdbcTemplate jdbc;
    private final InvoiceNumbers numbers;
    private final BillingRunStore runs;

    RunChunkWriter(JdbcTemplate jdbc, InvoiceNumbers numbers, BillingRunStore runs) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.runs = runs;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Written write(long runId, List<DueInvoice> chunk, LocalDate issuedOn, LocalDate dueDate, TaxPolicy tax) {
        Set<String> invoiced = alreadyInvoiced(chunk);
        List<DueInvoice> fresh = chunk.stream().filter(d -> !invoiced.contains(key(d.subscriptionNumber(), d.periodStart())))
                .toList();
        long total = 0;
        if (!fresh.isEmpty()) {
            List<String> assigned = numbers.next(issuedOn, fresh.size());
            Map<String, Long> ids = new HashMap<>(fresh.size() * 2);
            total = insertInvoices(runId, fresh, assigned, dueDate, tax, ids);
            if (ids.size() != fresh.size()) {
                throw new ConcurrentInvoice(fresh.size(), ids.size());
            }
            insertLines(fresh, assigned, ids);
        }
        int skipped = chunk.size() - fresh.size();
        runs.addCounts(runId, fresh.size(), skipped, 0, total);
        return new Written(fresh.size(), skipped, total);
    }

    private Set<String> alreadyInvoiced(List<DueInvoice> chunk) {
        String[] subscriptions = chunk.stream().map(DueInvoice::subscriptionNumber).toArray(String[]::new);
        Date[] starts = chunk.stream().map(d -> Date.valueOf(d.periodStart())).toArray(Date[]::new);
        Set<String> found = new HashSet<>();
        jdbc.execute((Connection con) -> {
            try (PreparedStatement ps = con.prepareStatement("""
                    select i.subscription_number, i.period_start from invoice i
                    join unnest(?::text[], ?::date[]) as due(subscription_number, period_start)
                      on i.subscription_number = due.subscription_number and i.period_start = due.period_start
                    where i.purpose = 'RECURRING'""")) {
                ps.setArray(1, con.createArrayOf("text", subscriptions));
                ps.setArray(2, con.createArrayOf("date", starts));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(key(rs.getString(1), rs.getObject(2, LocalDate.class)));
                    }
                }
            }
            return null;
        });
        return found;
    }

    /** Inserts the invoices, puts their ids by number into {@code ids} and returns the sum of their totals. */
    private long insertInvoices(long runId, List<DueInvoice> fresh, List<String> assigned, LocalDate dueDate, TaxPolicy tax,
                                Map<String, Long> ids) {
        int n = fresh.size();
        Object[] number = assigned.toArray(), customerId = new Object[n], customerCode = new Object[n],
                subscription = new Object[n], plan = new Object[n], area = new Object[n], start = new Object[n],
                end = new Object[n], subtotal = new Object[n], base = new Object[n], taxes = new Object[n], total = new Object[n],
                inclusive = new Object[n];
        long sum = 0;
        for (int i = 0; i < n; i++) {
            DueInvoice due = fresh.get(i);
            TaxPolicy.Totals totals = tax.totals(linesSum(due), due.taxInclusive());
            customerId[i] = due.customerId();
            customerCode[i] = due.customerCode();
            subscription[i] = due.subscriptionNumber();
            plan[i] = due.planCode();
            area[i] = due.area();
            start[i] = Date.valueOf(due.periodStart());
            end[i] = Date.valueOf(due.periodEnd());
            subtotal[i] = totals.subtotal().rupiah();
            base[i] = totals.taxBase().rupiah();
            taxes[i] = totals.tax().rupiah();
            total[i] = totals.total().rupiah();
            inclusive[i] = due.taxInclusive();
            sum += totals.total().rupiah();
        }
        jdbc.execute((Connection con) -> {
            try (PreparedStatement ps = con.prepareStatement("""
                    insert into invoice (number, customer_id, customer_code, subscription_number, plan_code, area, purpose,
                        period_start, period_end, due_date, status, subtotal, tax_base, tax_rate, tax, total, billing_run_id,
                        dpp_other_value, tax_inclusive)
                    select number, customer_id, customer_code, subscription_number, plan_code, area, 'RECURRING',
                        period_start, period_end, ?, 'ISSUED', subtotal, tax_base, ?, tax, total, ?, ?, tax_inclusive
                    from unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::date[],
                                ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::boolean[])
                      as fresh(number, customer_id, customer_code, subscription_number, plan_code, area, period_start,
                               period_end, subtotal, tax_base, tax, total, tax_inclusive)
                    on conflict do nothing
                    returning number, id""")) {
                ps.setDate(1, Date.valueOf(dueDate));
                ps.setBigDecimal(2, tax.ratePercent());
                ps.setLong(3, runId);
                ps.setBoolean(4, tax.dppOtherValue());
                int p = 5;
                ps.setArray(p++, con.createArrayOf("text", number));
                ps.setArray(p++, con.createArrayOf("int8", customerId));
                ps.setArray(p++, con.createArrayOf("text", customerCode));
                ps.setArray(p++, con.createArrayOf("text", subscription));
                ps.setArray(p++, con.createArrayOf("text", plan));
                ps.setArray(p++, con.createArrayOf("text", area));
                ps.setArray(p++, con.createArrayOf("date", start));
                ps.setArray(p++, con.createArrayOf("date", end));
                ps.setArray(p++, con.createArrayOf("int8", subtotal));
                ps.setArray(p++, con.createArrayOf("int8", base));
                ps.setArray(p++, con.createArrayOf("int8", taxes));
                ps.setArray(p++, con.createArrayOf("int8", total));
                ps.setArray(p, con.createArrayOf("bool", inclusive));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return null;
        });
        return sum;
    }

    private void insertLines(List<DueInvoice> fresh, List<String> assigned, Map<String, Long> ids) {
        List<Object> invoiceId = new ArrayList<>(), position = new ArrayList<>(), kind = new ArrayList<>(),
                description = new ArrayList<>(), quantity = new ArrayList<>(), unitPrice = new ArrayList<>(),
                amount = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            long id = ids.get(assigned.get(i));
            int pos = 1;
            for (InvoiceLine line : fresh.get(i).lines()) {
                invoiceId.add(id);
                position.add(pos++);
                kind.add(line.kind().name());
                description.add(line.description());
                quantity.add(line.quantity());
                unitPrice.add(line.unitPrice().rupiah());
                amount.add(line.amount().rupiah());
            }
        }
        jdbc.execute((Connection con) -> {
            try (PreparedStatement ps = con.prepareStatement("""
                    insert into invoice_line (invoice_id, position, kind, description, quantity, unit_price, amount)
                    select * from unnest(?::bigint[], ?::int[], ?::text[], ?::text[], ?::int[], ?::bigint[], ?::bigint[])
                    on conflict do nothing""")) {
                ps.setArray(1, con.createArrayOf("int8", invoiceId.toArray()));
                ps.setArray(2, con.createArrayOf("int4", position.toArray()));
                ps.setArray(3, con.createArrayOf("text", kind.toArray()));
                ps.setArray(4, con.createArrayOf("text", description.toArray()));
                ps.setArray(5, con.createArrayOf("int4", quantity.toArray()));
                ps.setArray(6, con.createArrayOf("int8", unitPrice.toArray()));
                ps.setArray(7, con.createArrayOf("int8", amount.toArray()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static Money linesSum(DueInvoice due) {
        Money sum = Money.ZERO;
        for (InvoiceLine line : due.lines()) {
            sum = sum.plus(line.amount());
        }
        return sum;
    }

    private static String key(String subscription, LocalDate periodStart) {
        return subscription + "@" + periodStart;
    }
}
