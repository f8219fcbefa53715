package id.arus.subscription;

public record SubscriptionSuspended(String number, long customerId, SuspensionReason reason) {
}
