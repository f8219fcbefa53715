package id.arus.payment;

import id.arus.shared.Money;
import java.time.Instant;

/** An attempt to pay an invoice at a gateway: where to send the customer. */
public record Checkout(String invoiceNumber, PaymentMethod gateway, String orderId, Money amount, String channel,
                       String redirectUrl, GatewayStatus status, Instant expiresAt) {
}
