package id.arus.payment;

import id.arus.shared.Money;
import java.util.List;

/**
 * Payments. A CUSTOMER may check out their own invoices and read their own payments; FINANCE and ADMIN
 * record manual payments, refund and read everything; CS reads.
 */
public interface Payments {

    /**
     * Creates (or reuses, while still pending and unexpired) a transaction for the invoice's balance at the
     * gateway. {@code channel} is a Tripay channel code (required for Tripay), or null for Midtrans Snap.
     */
    Checkout checkout(String invoiceNumber, PaymentMethod gateway, String channel);

    /** Tripay's active channels with their fees (read from Tripay, cached briefly). */
    List<PaymentChannel> channels();

    /** Records a cash or bank-transfer payment, applies it and returns it with its receipt number. */
    Payment recordManual(ManualPayment payment);

    /** The receipt as a PDF. */
    byte[] receipt(String receiptNumber);

    List<Payment> ofInvoice(String invoiceNumber);

    List<Payment> ofCustomer(String customerCode);

    List<Payment> recent(int offset, int limit);

    /** Asks the gateway for the transaction's status now and acts on it as on a callback. */
    GatewayNotification checkStatus(String orderId);

    /** Refunds through the gateway's API where the method allows it (Midtrans cards and e-wallets). */
    Payment refund(String receiptNumber, Money amount, String reason);

    /**
     * Compares every checkout of the last {@code days} days with its gateway's status now and raises a FINANCE
     * review for each difference (gateway paid but Arus not, Arus paid but the gateway not, different amounts).
     * A difference already under review raises no second one. Runs daily by itself; FINANCE may run it any time.
     */
    ReconciliationResult reconcile(int days);

    /** The most recent gateway callbacks, newest first, with their outcome (staff). */
    List<StoredCallback> callbacks(int offset, int limit);
}
