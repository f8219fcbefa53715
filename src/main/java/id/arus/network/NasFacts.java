package id.arus.network;

import java.time.Instant;

/**
 * What a router said it is when Arus last reached it.
 *
 * @param uptime as RouterOS reported it at {@code seenAt}
 */
public record NasFacts(long nasId, String identity, String version, String board, String uptime, Instant seenAt) {
}
