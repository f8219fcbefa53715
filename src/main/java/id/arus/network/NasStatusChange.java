package id.arus.network;

import java.time.Instant;

/** One entry of a router's status history: it became {@code status} at {@code changedAt}. */
public record NasStatusChange(long nasId, NasStatus status, String detail, Instant changedAt) {
}
