package id.arus.billing;

import id.arus.shared.Money;
import java.time.Instant;

/**
 * A payment applied to an invoice, as the invoice shows it.
 *
 * @param paymentRef the payment's reference; {@code credit:<n>} for the customer's credit used on it
 * @param method     how it was paid, e.g. {@code MIDTRANS}, {@code CASH}, {@code CREDIT}
 */
public record InvoicePayment(String paymentRef, Money amount, String method, Instant appliedAt) {
}
