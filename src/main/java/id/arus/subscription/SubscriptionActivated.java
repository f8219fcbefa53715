package id.arus.subscription;

public record SubscriptionActivated(String number, long customerId, long planId) {
}
