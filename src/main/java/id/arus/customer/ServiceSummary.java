package id.arus.customer;

/**
 * What the customer module knows of one of a customer's services, kept current by the subscription
 * module, so customers can be searched by status, NAS or plan without a cross-module join.
 *
 * @param status the subscription's status name (e.g. ACTIVE, SUSPENDED, ONBOARDING, TERMINATED)
 */
public record ServiceSummary(String subscriptionNumber, String status, Long nasId, long planId) {
}
