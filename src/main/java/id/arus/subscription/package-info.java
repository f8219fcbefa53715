/**
 * Subscriptions and their lifecycle, each step driven by a BPMN process in {@code processes/subscription/}
 * with the subscription number as business key: onboarding, activation, suspension ("isolir") and
 * unsuspension, termination, plan change, move to another NAS. API: {@link id.arus.subscription.SubscriptionManagement}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subscriptions")
package id.arus.subscription;
