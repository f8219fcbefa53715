package id.arus.payment.internal;

import id.arus.payment.GatewayNotification;
import id.arus.payment.PaymentChannel;
import id.arus.payment.PaymentMethod;
import id.arus.shared.Money;
import java.time.Instant;
import java.util.List;

/**
 * One gateway's outgoing calls, each through its Camel route. Implemented per gateway
 * ({@code internal.midtrans}, {@code internal.tripay}); the payment service picks by {@link #gateway()}.
 */
public interface GatewayClient {

    PaymentMethod gateway();

    /** What Arus asks the gateway for: one invoice's balance under a fresh order id. */
    record CheckoutRequest(String orderId, String invoiceNumber, Money amount, String description, String customerName,
                           String customerEmail, String customerPhone, String channel, Instant expiresAt) {
    }

    /** What the gateway answered: where to send the customer and its own id for the transaction. */
    record Created(String reference, String redirectUrl, Instant expiresAt) {
    }

    Created create(CheckoutRequest request);

    /** The transaction's status at the gateway now. */
    GatewayNotification status(String orderId);

    /**
     * Refunds through the gateway.
     *
     * @param refundKey reused on a retry so the gateway refunds once
     * @throws UnsupportedOperationException when the gateway or the payment's channel cannot refund by API
     */
    void refund(String orderId, Money amount, String reason, String refundKey);

    /** The payment channels (Tripay); Midtrans answers its configured {@code enabled_payments}. */
    List<PaymentChannel> channels();
}
