package id.arus.subscription;

public record SubscriptionUnsuspended(String number, long customerId) {
}
