package id.arus.billing;

public record InvoiceVoided(String number, String customerCode, String subscriptionNumber, String reason) {
}
