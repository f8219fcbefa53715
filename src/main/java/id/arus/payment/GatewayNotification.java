package id.arus.payment;

import id.arus.shared.Money;
import java.time.Instant;

/**
 * A gateway's word about a transaction, from a verified callback or a status check.
 *
 * @param orderId   Arus's order id at the gateway (Midtrans {@code order_id}, Tripay {@code merchant_ref})
 * @param reference the gateway's own id (Midtrans {@code transaction_id}, Tripay {@code reference})
 * @param rawStatus the status as the gateway wrote it, e.g. {@code settlement}, {@code PAID}
 * @param amount    what pays the invoice: Midtrans {@code gross_amount}; Tripay {@code total_amount - fee_customer}
 * @param channel   the payment channel, e.g. {@code bca_va}, {@code BRIVA}
 * @param body      the callback body exactly as received (null for a status check)
 */
public record GatewayNotification(PaymentMethod gateway, String orderId, String reference, GatewayStatus status,
                                  String rawStatus, Money amount, String channel, Instant paidAt, String body) {
}
