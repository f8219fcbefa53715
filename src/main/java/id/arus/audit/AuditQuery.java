package id.arus.audit;

import java.time.Instant;

/**
 * A filter over the trail; every field is optional. {@code text} matches the subject, detail and the
 * values before and after, case-insensitively.
 */
public record AuditQuery(Instant from, Instant to, String actor, String actionPrefix, String text) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
