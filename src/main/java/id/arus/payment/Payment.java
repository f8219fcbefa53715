package id.arus.payment;

import id.arus.shared.Money;
import java.time.Instant;

/**
 * Money received for an invoice.
 *
 * @param receiptNumber {@code PAY-2026-11-000123}
 * @param externalRef   the gateway's order id, or the bank transfer's reference
 * @param status        APPLIED to the invoice; HELD (received but not applied: amount mismatch, waiting for
 *                      FINANCE); REFUNDED (wholly or in part, see {@code refunded})
 */
public record Payment(long id, String receiptNumber, String invoiceNumber, String customerCode, Money amount,
                      PaymentMethod method, String channel, String externalRef, Instant paidAt, String recordedBy,
                      String note, String status, Money refunded) {
}
