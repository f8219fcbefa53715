package id.arus.payment.internal.report;

import id.arus.payment.PaymentMethod;
import id.arus.payment.PaymentReports;
import id.arus.settings.OperatorZone;
import id.arus.shared.DateRange;
import id.arus.shared.Money;
import id.arus.shared.PeriodUnit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link PaymentReports} as SQL over the payment table, grouped by the operator's calendar. */
@Service
@Transactional(readOnly = true)
class PaymentReportService implements PaymentReports {

    /** Payments that brought money in: applied, or applied and later refunded (in part or whole). */
    private static final String COUNTED = "status in ('APPLIED', 'REFUNDED')";

    private final JdbcClient jdbc;
    private final OperatorZone operatorZone;

    PaymentReportService(JdbcClient jdbc, OperatorZone operatorZone) {
        this.jdbc = jdbc;
        this.operatorZone = operatorZone;
    }

    @Override
    public List<MethodRow> methods(LocalDate from, LocalDate to, PeriodUnit unit) {
        return query("""
                select date_trunc(:field, paid_at at time zone :zone)::date as period, method, coalesce(channel, '') as channel,
                       count(*) as payments, sum(amount) as amount
                from payment where %s and paid_at >= :start and paid_at < :end
                group by period, method, channel order by period, sum(amount) desc, method, channel""".formatted(COUNTED),
                new DateRange(from, to), unit)
                .query((rs, n) -> new MethodRow(unit.label(rs.getObject("period", LocalDate.class)),
                        PaymentMethod.valueOf(rs.getString("method")), rs.getString("channel"), rs.getLong("payments"),
                        Money.idr(rs.getLong("amount"))))
                .list();
    }

    @Override
    public List<CashRow> cashReceived(LocalDate from, LocalDate to, PeriodUnit unit) {
        return query("""
                select date_trunc(:field, paid_at at time zone :zone)::date as period, count(*) as payments,
                       sum(amount) as received, sum(refunded) as refunded
                from payment where %s and paid_at >= :start and paid_at < :end
                group by period order by period""".formatted(COUNTED),
                new DateRange(from, to), unit)
                .query((rs, n) -> {
                    Money received = Money.idr(rs.getLong("received"));
                    Money refunded = Money.idr(rs.getLong("refunded"));
                    return new CashRow(unit.label(rs.getObject("period", LocalDate.class)), rs.getLong("payments"),
                            received, refunded, received.minus(refunded));
                })
                .list();
    }

    private JdbcClient.StatementSpec query(String sql, DateRange range, PeriodUnit unit) {
        ZoneId zone = operatorZone.zone();
        return jdbc.sql(sql).param("field", unit.truncField()).param("zone", zone.getId())
                .param("start", range.start(zone)).param("end", range.end(zone));
    }
}
