package id.arus.subscription;

import java.time.Instant;

/** One entry of a subscription's configuration history (status, plan, NAS, CPE, credentials changed). */
public record SubscriptionChange(Instant at, String actor, String what, String detail) {
}
