package id.arus.billing;

import id.arus.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as issued, with what has been paid on it.
 *
 * @param number             {@code INV-2026-11-000045}: year, month of issue and a gapless sequence per month
 * @param subscriptionNumber the subscription it bills, or null for a customer-level manual invoice
 * @param periodStart        first day of the period billed (null for one-off invoices)
 * @param subtotal           the lines' sum before tax
 * @param taxBase            the DPP: the subtotal, or 11/12 of it when the operator uses the DPP option
 * @param taxRate            PPN in percent, e.g. 11.00
 * @param total              subtotal + tax: what the customer pays
 * @param paid               what has been applied from payments and credit so far
 */
public record Invoice(long id, String number, long customerId, String customerCode, String subscriptionNumber,
                      String planCode, String area, InvoicePurpose purpose, LocalDate periodStart, LocalDate periodEnd, Instant issuedAt, LocalDate dueDate,
                      InvoiceStatus status, Money subtotal, Money taxBase, BigDecimal taxRate, Money tax, Money total,
                      Money paid, String voidReason, Instant paidAt, List<InvoiceLine> lines) {

    public Invoice {
        lines = List.copyOf(lines);
    }

    /** What is still to pay; zero once paid or void. */
    public Money balance() {
        return status == InvoiceStatus.VOID ? Money.ZERO : total.minus(paid).isNegative() ? Money.ZERO : total.minus(paid);
    }
}
