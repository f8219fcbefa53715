package id.arus.identity;

import java.time.Instant;

/** One open session of a signed-in user on this node. */
public record SignedInUser(String username, String remoteAddress, Instant since, Instant lastActivity) {
}
