package id.arus.billing;

import id.arus.shared.Money;
import id.arus.shared.PeriodUnit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Financial reports over invoices, their payments and customer credit. Dates are the operator's calendar
 * days ({@link id.arus.settings.OperatorZone}); a range includes both its first and its last day. Void
 * invoices count nowhere. ADMIN and FINANCE read every report; CS reads a customer's billing history only.
 */
public interface BillingReports {

    /** Who reads the financial reports. */
    String FINANCE_READERS = "hasAnyRole('ADMIN', 'FINANCE')";

    /**
     * Revenue on the issued basis: invoices issued in the range, grouped by period.
     * Rows come in period order; periods without invoices are left out.
     */
    @PreAuthorize(FINANCE_READERS)
    List<RevenueRow> revenueByPeriod(LocalDate from, LocalDate to, PeriodUnit unit);

    /** Revenue on the issued basis by the plan invoiced (a one-off invoice without a plan under {@code ""}). */
    @PreAuthorize(FINANCE_READERS)
    List<RevenueRow> revenueByPlan(LocalDate from, LocalDate to);

    /** Revenue on the issued basis by the customer's area at issue ({@code ""} when unknown). */
    @PreAuthorize(FINANCE_READERS)
    List<RevenueRow> revenueByArea(LocalDate from, LocalDate to);

    /**
     * Open balances at the end of {@code asOf}, per customer, by days past due: 0-30 (which also holds what is
     * not yet due), 31-60, 61-90 and over 90. Payments applied after that day do not reduce the balance.
     */
    @PreAuthorize(FINANCE_READERS)
    Aging aging(LocalDate asOf);

    /**
     * PPN and telecom levies per period: PPN invoiced (the tax of invoices issued), PPN collected (the tax
     * share of each payment applied in the period: amount x tax / total of its invoice), and BHP and USO as
     * the configured percentages ({@code arus.billing.levy.bhp-percent}, default 0.5, and
     * {@code .uso-percent}, default 1.25) of gross revenue, the subtotal before PPN of invoices issued.
     */
    @PreAuthorize(FINANCE_READERS)
    TaxReport tax(LocalDate from, LocalDate to, PeriodUnit unit);

    /**
     * Everything billed to and paid by one customer in time order, with the running balance owed
     * (invoices add their total, a void takes it back, payments applied reduce it) and the credit balance.
     *
     * @throws java.util.NoSuchElementException when the customer has no invoices and no credit
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'CS')")
    BillingHistory history(String customerCode);

    /**
     * @param key      the period label ({@link PeriodUnit#label}), plan code or area
     * @param subtotal gross revenue: the invoices' sum before PPN
     */
    record RevenueRow(String key, long invoices, Money subtotal, Money tax, Money total) {
    }

    /** One customer's open balance by days past due. */
    record AgingRow(String customerCode, long invoices, Money upTo30, Money days31To60, Money days61To90,
                    Money over90, Money total) {
    }

    record Aging(LocalDate asOf, List<AgingRow> customers, AgingRow totals) {
        public Aging {
            customers = List.copyOf(customers);
        }
    }

    /**
     * @param gross       subtotal of invoices issued (before PPN)
     * @param taxBase     the DPP of those invoices
     * @param ppnInvoiced PPN on the invoices issued
     * @param ppnCollected the PPN share of payments applied in the period
     */
    record TaxRow(String period, long invoices, Money gross, Money taxBase, Money ppnInvoiced, Money ppnCollected,
                  Money bhp, Money uso) {
    }

    record TaxReport(BigDecimal bhpPercent, BigDecimal usoPercent, List<TaxRow> periods, TaxRow totals) {
        public TaxReport {
            periods = List.copyOf(periods);
        }
    }

    enum HistoryKind { INVOICE, VOID, PAYMENT, CREDIT }

    /**
     * One movement on a customer's account.
     *
     * @param charge        what the movement adds to the balance owed (an invoice's total; negative for a void)
     * @param payment       what a payment applied takes off the balance owed
     * @param credit        the change of the customer's credit (+ overpayment kept, - credit used)
     * @param balance       the balance owed after this movement
     * @param creditBalance the credit after this movement
     */
    record HistoryEntry(Instant at, HistoryKind kind, String reference, String invoiceNumber, String detail,
                        Money charge, Money payment, Money credit, Money balance, Money creditBalance) {
    }

    record BillingHistory(String customerCode, List<HistoryEntry> entries, Money balance, Money creditBalance) {
        public BillingHistory {
            entries = List.copyOf(entries);
        }
    }
}
