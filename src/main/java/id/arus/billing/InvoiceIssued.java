package id.arus.billing;

import id.arus.shared.Money;
import java.time.LocalDate;

/** Published for an invoice issued one by one ({@link Invoices#issue}); a billing run announces {@link BillingRunFinished} instead. */
public record InvoiceIssued(String number, String customerCode, String subscriptionNumber, Money total, LocalDate dueDate) {
}
