package id.arus.billing;

import id.arus.shared.Money;
import java.util.List;

/**
 * Invoices. Staff roles ADMIN, FINANCE and CS read; ADMIN and FINANCE issue by hand, void and charge late
 * fees; a CUSTOMER reaches only their own ({@link #mine()}, {@link #get} and {@link #pdf} of their own,
 * anything else is "not found"). Processes act under {@link id.arus.shared.SystemIdentity}.
 */
public interface Invoices {

    /** @throws java.util.NoSuchElementException when unknown or not the caller's */
    Invoice get(String number);

    List<Invoice> search(InvoiceQuery query, int offset, int limit);

    int count(InvoiceQuery query);

    List<Invoice> ofCustomer(String customerCode);

    List<Invoice> mine();

    /** Issues an invoice now: number, tax and totals; publishes {@link InvoiceIssued}; the e-mail follows. */
    Invoice issue(InvoiceDraft draft);

    /**
     * Adds a late-fee line charged by a rule, recomputing tax and total. Charging the same rule on the same
     * invoice again changes nothing and returns the invoice as it is.
     */
    Invoice addLateFee(String number, Money fee, String ruleCode, String reason);

    /** Voids an open invoice with a reason (nothing paid on it yet); publishes {@link InvoiceVoided}. */
    Invoice voidInvoice(String number, String reason);

    /** The invoice as a PDF a customer would accept: company header and NPWP, lines, tax, total, how to pay. */
    byte[] pdf(String number);

    /**
     * Applies a payment: to the balance first, any excess to the customer's credit. Idempotent by
     * {@link PaymentApplication#paymentRef()}. Publishes {@link InvoicePaid} when the balance reaches zero.
     *
     * @throws IllegalStateException when the invoice is void
     */
    PaymentApplied applyPayment(PaymentApplication payment);

    /** The customer's unused credit. */
    Money creditOf(String customerCode);

    /** What the filtered list adds up to (staff readers). */
    InvoiceSums sums(InvoiceQuery query);

    /** Payments and credit applied to the invoice, oldest first; same access as {@link #get}. */
    List<InvoicePayment> payments(String number);
}
