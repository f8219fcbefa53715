package id.arus.audit;

import java.time.Instant;

/** One stored entry of the trail, as read back. {@code before} and {@code after} are JSON text. */
public record AuditEntry(long id, Instant occurredAt, String actor, String remoteAddress, String action,
                         String subject, String before, String after, String detail, String previousHash, String hash) {
}
