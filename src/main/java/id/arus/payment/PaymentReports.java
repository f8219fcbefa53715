package id.arus.payment;

import id.arus.shared.Money;
import id.arus.shared.PeriodUnit;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Reports over the payments received. Dates are the operator's calendar days of {@code paid_at}; a range
 * includes both its days. A payment counts with what it brought in net of refunds; payments held for an
 * amount that did not match their invoice count nowhere until FINANCE applies them. ADMIN and FINANCE read.
 */
public interface PaymentReports {

    /** Count and sum per period, method and channel (channel {@code ""} when the method has none). */
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    List<MethodRow> methods(LocalDate from, LocalDate to, PeriodUnit unit);

    /** Cash received per period: the cash basis of revenue (PPN included, as the customers paid it). */
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE')")
    List<CashRow> cashReceived(LocalDate from, LocalDate to, PeriodUnit unit);

    record MethodRow(String period, PaymentMethod method, String channel, long payments, Money amount) {
    }

    /**
     * @param refunded what was paid back of the period's payments
     * @param net      received minus refunded
     */
    record CashRow(String period, long payments, Money received, Money refunded, Money net) {
    }
}
