package id.arus.payment;

import id.arus.shared.Money;
import java.time.Instant;

/**
 * A cash or bank-transfer payment that FINANCE records.
 *
 * @param reference the bank transfer's reference (required for BANK_TRANSFER, unique), optional for cash
 */
public record ManualPayment(String invoiceNumber, Money amount, PaymentMethod method, String reference, Instant paidAt,
                            String note) {
}
