package id.arus.billing;

import id.arus.shared.Money;
import java.time.Instant;

/**
 * Money received for an invoice, to apply to it.
 *
 * @param paymentRef the payment's unique reference (its receipt number): applying the same reference again
 *                   changes nothing
 * @param method     how it was paid, e.g. {@code MIDTRANS}, {@code CASH} (shown in reports)
 */
public record PaymentApplication(String invoiceNumber, Money amount, String paymentRef, String method, Instant paidAt) {
}
