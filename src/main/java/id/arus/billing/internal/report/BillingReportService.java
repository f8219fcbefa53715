package id.arus.billing.internal.report;

import id.arus.billing.BillingReports;
import id.arus.settings.OperatorZone;
import id.arus.shared.DateRange;
import id.arus.shared.Money;
import id.arus.shared.PeriodUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link BillingReports} as SQL over the billing tables: sums are taken by PostgreSQL, so a report over a
 * year of invoices moves only its result rows. Periods are cut in the operator's zone, the way the
 * operator's paperwork counts days.
 */
@Service
@Transactional(readOnly = true)
class BillingReportService implements BillingReports {

    private static final String NOT_VOID = "status <> 'VOID'";

    private final JdbcClient jdbc;
    private final OperatorZone operatorZone;
    private final BigDecimal bhpPercent;
    private final BigDecimal usoPercent;

    BillingReportService(JdbcClient jdbc, OperatorZone operatorZone,
                         @Value("${arus.billing.levy.bhp-percent:0.5}") BigDecimal bhpPercent,
                         @Value("${arus.billing.levy.uso-percent:1.25}") BigDecimal usoPercent) {
        this.jdbc = jdbc;
        this.operatorZone = operatorZone;
        this.bhpPercent = bhpPercent;
        this.usoPercent = usoPercent;
    }

    @Override
    public List<RevenueRow> revenueByPeriod(LocalDate from, LocalDate to, PeriodUnit unit) {
        return revenueBy("date_trunc(:field, issued_at at time zone :zone)::date", new DateRange(from, to), unit,
                (rs, n) -> revenueRow(unit.label(rs.getObject("grp", LocalDate.class)), rs));
    }

    @Override
    public List<RevenueRow> revenueByPlan(LocalDate from, LocalDate to) {
        return revenueBy("coalesce(plan_code, '')", new DateRange(from, to), PeriodUnit.MONTH,
                (rs, n) -> revenueRow(rs.getString("grp"), rs));
    }

    @Override
    public List<RevenueRow> revenueByArea(LocalDate from, LocalDate to) {
        return revenueBy("coalesce(area, '')", new DateRange(from, to), PeriodUnit.MONTH,
                (rs, n) -> revenueRow(rs.getString("grp"), rs));
    }

    private List<RevenueRow> revenueBy(String group, DateRange range, PeriodUnit unit,
                                       org.springframework.jdbc.core.RowMapper<RevenueRow> mapper) {
        ZoneId zone = operatorZone.zone();
        return jdbc.sql("""
                        select %s as grp, count(*) as invoices, sum(subtotal) as subtotal, sum(tax) as tax, sum(total) as total
                        from invoice
                        where %s and issued_at >= :start and issued_at < :end
                        group by grp order by grp""".formatted(group, NOT_VOID))
                .param("field", unit.truncField())
                .param("zone", zone.getId())
                .param("start", range.start(zone))
                .param("end", range.end(zone))
                .query(mapper).list();
    }

    private static RevenueRow revenueRow(String key, ResultSet rs) throws SQLException {
        return new RevenueRow(key, rs.getLong("invoices"), money(rs, "subtotal"), money(rs, "tax"), money(rs, "total"));
    }

    @Override
    public Aging aging(LocalDate asOf) {
        DateRange day = new DateRange(asOf, asOf);
        OffsetDateTime end = day.end(operatorZone.zone());
        // The balance at the end of the day: what is unpaid now plus what was applied after that day. An
        // invoice fully paid before the day's end is left out early, so the scan stays on open invoices.
        List<AgingRow> customers = jdbc.sql("""
                        with open as (
                            select i.customer_code, cast(:asOf as date) - i.due_date as late,
                                   i.total - i.paid + coalesce((select sum(p.amount) from invoice_payment p
                                                                where p.invoice_id = i.id and p.applied_at >= :end), 0) as balance
                            from invoice i
                            where i.status <> 'VOID' and i.issued_at < :end
                              and not (i.status = 'PAID' and i.paid_at is not null and i.paid_at < :end)
                        )
                        select customer_code, count(*) as invoices,
                               sum(case when late <= 30 then balance else 0 end) as b30,
                               sum(case when late between 31 and 60 then balance else 0 end) as b60,
                               sum(case when late between 61 and 90 then balance else 0 end) as b90,
                               sum(case when late > 90 then balance else 0 end) as bover,
                               sum(balance) as total
                        from open where balance > 0
                        group by customer_code order by sum(balance) desc, customer_code""")
                .param("asOf", asOf)
                .param("end", end)
                .query((rs, n) -> new AgingRow(rs.getString("customer_code"), rs.getLong("invoices"), money(rs, "b30"),
                        money(rs, "b60"), money(rs, "b90"), money(rs, "bover"), money(rs, "total")))
                .list();
        AgingRow totals = new AgingRow("", 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        for (AgingRow c : customers) {
            totals = new AgingRow("", totals.invoices() + c.invoices(), totals.upTo30().plus(c.upTo30()),
                    totals.days31To60().plus(c.days31To60()), totals.days61To90().plus(c.days61To90()),
                    totals.over90().plus(c.over90()), totals.total().plus(c.total()));
        }
        return new Aging(asOf, customers, totals);
    }

    @Override
    public TaxReport tax(LocalDate from, LocalDate to, PeriodUnit unit) {
        DateRange range = new DateRange(from, to);
        ZoneId zone = operatorZone.zone();
        record Issued(long invoices, long gross, long taxBase, long ppn) {
        }
        TreeMap<LocalDate, Issued> issued = new TreeMap<>();
        jdbc.sql("""
                        select date_trunc(:field, issued_at at time zone :zone)::date as period, count(*) as invoices,
                               sum(subtotal) as gross, sum(tax_base) as tax_base, sum(tax) as ppn
                        from invoice
                        where status <> 'VOID' and issued_at >= :start and issued_at < :end
                        group by period""")
                .param("field", unit.truncField()).param("zone", zone.getId())
                .param("start", range.start(zone)).param("end", range.end(zone))
                .query(rs -> {
                    issued.put(rs.getObject("period", LocalDate.class),
                            new Issued(rs.getLong("invoices"), rs.getLong("gross"), rs.getLong("tax_base"), rs.getLong("ppn")));
                });
        // A payment carries PPN in the invoice's own proportion: a part payment of half the total is half its tax.
        TreeMap<LocalDate, Long> collected = new TreeMap<>();
        jdbc.sql("""
                        select date_trunc(:field, p.applied_at at time zone :zone)::date as period,
                               sum(round(p.amount::numeric * i.tax / i.total)) as ppn
                        from invoice_payment p join invoice i on i.id = p.invoice_id
                        where i.status <> 'VOID' and i.total > 0 and p.applied_at >= :start and p.applied_at < :end
                        group by period""")
                .param("field", unit.truncField()).param("zone", zone.getId())
                .param("start", range.start(zone)).param("end", range.end(zone))
                .query(rs -> {
                    collected.put(rs.getObject("period", LocalDate.class), rs.getLong("ppn"));
                });
        TreeMap<LocalDate, Boolean> periods = new TreeMap<>();
        issued.keySet().forEach(p -> periods.put(p, true));
        collected.keySet().forEach(p -> periods.put(p, true));
        List<TaxRow> rows = new ArrayList<>();
        TaxRow totals = new TaxRow("", 0, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
        for (LocalDate period : periods.keySet()) {
            Issued i = issued.getOrDefault(period, new Issued(0, 0, 0, 0));
            TaxRow row = new TaxRow(unit.label(period), i.invoices(), Money.idr(i.gross()), Money.idr(i.taxBase()),
                    Money.idr(i.ppn()), Money.idr(collected.getOrDefault(period, 0L)),
                    levy(i.gross(), bhpPercent), levy(i.gross(), usoPercent));
            rows.add(row);
            // the totals are the rows' sums, so a column adds up on paper even where a levy was rounded per period
            totals = new TaxRow("", totals.invoices() + row.invoices(), totals.gross().plus(row.gross()),
                    totals.taxBase().plus(row.taxBase()), totals.ppnInvoiced().plus(row.ppnInvoiced()),
                    totals.ppnCollected().plus(row.ppnCollected()), totals.bhp().plus(row.bhp()), totals.uso().plus(row.uso()));
        }
        return new TaxReport(bhpPercent, usoPercent, rows, totals);
    }

    /** A percentage of gross revenue in whole rupiah, half up. */
    static Money levy(long gross, BigDecimal percent) {
        return Money.idr(BigDecimal.valueOf(gross).multiply(percent).movePointLeft(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    @Override
    public BillingHistory history(String customerCode) {
        if (customerCode == null || customerCode.isBlank()) {
            throw new NoSuchElementException("no customer");
        }
        // Movements in time order; at the same moment an invoice comes before what pays it, and a payment
        // before the credit its excess created.
        List<Movement> movements = jdbc.sql("""
                        with inv as (select * from invoice where customer_code = :code)
                        select issued_at as at, 0 as ord, 'INVOICE' as kind, number as reference, number as invoice_number,
                               purpose as detail, total as amount from inv
                        union all
                        select updated_at, 1, 'VOID', number, number, void_reason, -total from inv where status = 'VOID'
                        union all
                        select p.applied_at, 2, 'PAYMENT', p.payment_ref, inv.number, p.method, p.amount
                        from invoice_payment p join inv on inv.id = p.invoice_id
                        union all
                        select c.created_at, 3, 'CREDIT', coalesce(c.payment_ref, ''), i.number, c.reason, c.amount
                        from customer_credit c left join invoice i on i.id = c.invoice_id
                        where c.customer_id in (select distinct customer_id from inv)
                        order by at, ord, reference""")
                .param("code", customerCode)
                .query((rs, n) -> new Movement(rs.getObject("at", OffsetDateTime.class), HistoryKind.valueOf(rs.getString("kind")),
                        rs.getString("reference"), rs.getString("invoice_number"), rs.getString("detail"), rs.getLong("amount")))
                .list();
        if (movements.isEmpty()) {
            throw new NoSuchElementException("no billing history for " + customerCode);
        }
        List<HistoryEntry> entries = new ArrayList<>(movements.size());
        Money balance = Money.ZERO;
        Money credit = Money.ZERO;
        for (Movement m : movements) {
            Money amount = Money.idr(m.amount());
            Money charge = m.kind() == HistoryKind.INVOICE || m.kind() == HistoryKind.VOID ? amount : Money.ZERO;
            Money payment = m.kind() == HistoryKind.PAYMENT ? amount : Money.ZERO;
            Money creditChange = m.kind() == HistoryKind.CREDIT ? amount : Money.ZERO;
            balance = balance.plus(charge).minus(payment);
            credit = credit.plus(creditChange);
            entries.add(new HistoryEntry(m.at().toInstant(), m.kind(), m.reference(), m.invoiceNumber(), m.detail(),
                    charge, payment, creditChange, balance, credit));
        }
        return new BillingHistory(customerCode, entries, balance, credit);
    }

    private record Movement(OffsetDateTime at, HistoryKind kind, String reference, String invoiceNumber, String detail,
                            long amount) {
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        return Money.idr(rs.getLong(column));
    }
}
