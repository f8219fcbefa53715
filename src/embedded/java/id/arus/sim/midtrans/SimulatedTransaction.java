package id.arus.sim.midtrans;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One Snap transaction as the simulator keeps it. Guarded by the simulator's lock. */
final class SimulatedTransaction {

    final String orderId;
    final String token;
    final long grossAmount;
    final String itemName;
    final String itemId;
    final List<String> enabledPayments;
    final List<String> notificationUrls;
    final Instant expiresAt;
    /** null until the customer picks a method (then Midtrans's status API knows the transaction). */
    String transactionStatus;
    String transactionId;
    String paymentType;
    String channel;
    String fraudStatus;
    Instant transactionTime;
    Instant settlementTime;
    long refunded;
    /** refund_key → the answer given, so a repeated refund refunds once. */
    final Map<String, String> refunds = new HashMap<>();

    SimulatedTransaction(String orderId, String token, long grossAmount, String itemName, String itemId,
                         List<String> enabledPayments, List<String> notificationUrls, Instant expiresAt) {
        this.orderId = orderId;
        this.token = token;
        this.grossAmount = grossAmount;
        this.itemName = itemName;
        this.itemId = itemId;
        this.enabledPayments = enabledPayments;
        this.notificationUrls = notificationUrls;
        this.expiresAt = expiresAt;
    }

    /** Still open: created without a method, or pending. */
    boolean open() {
        return transactionStatus == null || "pending".equals(transactionStatus);
    }

    /** An order id may be used again only after its transaction expired or was cancelled. */
    boolean reusable() {
        return "expire".equals(transactionStatus) || "cancel".equals(transactionStatus);
    }
}
