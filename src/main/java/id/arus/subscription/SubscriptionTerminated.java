package id.arus.subscription;

public record SubscriptionTerminated(String number, long customerId) {
}
