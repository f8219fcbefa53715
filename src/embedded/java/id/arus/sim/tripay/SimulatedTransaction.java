package id.arus.sim.tripay;

import java.time.Instant;

/** One closed transaction in the simulator's memory. Status moves from UNPAID to PAID, EXPIRED or FAILED; PAID to REFUND. */
final class SimulatedTransaction {

    final String reference;
    final String merchantRef;
    final SimulatedChannel channel;
    final long amount;
    final long customerFee;
    final String customerName;
    final String customerEmail;
    final String itemName;
    final String callbackUrl;
    final String returnUrl;
    final Instant expiresAt;
    final String payCode;
    volatile String status = "UNPAID";
    volatile Instant paidAt;

    SimulatedTransaction(String reference, String merchantRef, SimulatedChannel channel, long amount, String customerName,
                         String customerEmail, String itemName, String callbackUrl, String returnUrl, Instant expiresAt,
                         String payCode) {
        this.reference = reference;
        this.merchantRef = merchantRef;
        this.channel = channel;
        this.amount = amount;
        this.customerFee = channel.customerFee(amount);
        this.customerName = customerName;
        this.customerEmail = customerEmail;
        this.itemName = itemName;
        this.callbackUrl = callbackUrl;
        this.returnUrl = returnUrl;
        this.expiresAt = expiresAt;
        this.payCode = payCode;
    }

    /** What the customer pays: the merchant's amount plus the channel's fee. */
    long totalAmount() {
        return amount + customerFee;
    }
}
