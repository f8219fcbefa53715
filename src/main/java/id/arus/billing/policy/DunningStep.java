package id.arus.billing.policy;

/**
 * What the dunning process does when the policy says so. When several come out on one day, they are carried
 * out in this order; TERMINATE makes a SUSPEND of the same day unnecessary.
 */
public enum DunningStep {
    /** E-mail and WhatsApp/SMS to the customer. */
    REMIND,
    /** Charge the late fee that {@code late-fees.drl} decides. */
    APPLY_LATE_FEE,
    /** Isolate the subscription for non-payment. */
    SUSPEND,
    /** End the subscription. */
    TERMINATE
}
