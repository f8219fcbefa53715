package id.arus.subscription;

/**
 * ONBOARDING from registration until installation is done; ACTIVATING while the router is provisioned;
 * ACTIVE; SUSPENDED (isolated, not deleted); TERMINATED (removed from the router, kept as history);
 * REJECTED (onboarding ended with a reason).
 */
public enum SubscriptionStatus { ONBOARDING, ACTIVATING, ACTIVE, SUSPENDED, TERMINATED, REJECTED }
