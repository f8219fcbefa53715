package id.arus.subscription;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A subscription now refers to another plan or plan version (published in the transaction that records it,
 * so only when the change is committed).
 *
 * @param changeId    the id of the subscription's history entry for this change: unique per change, so a
 *                    listener can handle the same change once however often it is delivered
 * @param changedAt   when the new plan was recorded
 * @param effectiveOn the day in the operator's zone from which the new plan applies (the day of {@code changedAt})
 */
public record SubscriptionPlanChanged(long changeId, String number, long customerId, long oldPlanId, int oldPlanVersion,
                                      long newPlanId, int newPlanVersion, Instant changedAt, LocalDate effectiveOn) {

    /** A new version of the same plan (a revision staff applied to existing subscriptions), not a move to another plan. */
    public boolean revision() {
        return oldPlanId == newPlanId;
    }
}
