package id.arus.billing;

/** An invoice's balance reached zero: dunning ends and a subscription suspended for non-payment is restored. */
public record InvoicePaid(String number, String customerCode, String subscriptionNumber) {
}
