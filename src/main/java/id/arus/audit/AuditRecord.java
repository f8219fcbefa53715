package id.arus.audit;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One action to write to the trail. Values before and after are serialised as JSON with sorted keys;
 * callers pass maps or records and must leave secrets out (write {@code "***"} for a changed secret).
 *
 * @param action  a dotted code, module first: {@code identity.login.failed}, {@code settings.smtp.changed}
 * @param subject what was acted on, e.g. {@code user:budi} or {@code rules/billing/late-fees.drl}
 * @param actor   null to take the signed-in user (or {@code system} when there is none)
 */
public record AuditRecord(String action, String subject, Object before, Object after, String detail, String actor) {

    public static final String SYSTEM = "system";

    /** An action by whoever is signed in on this thread. */
    public static AuditRecord of(String action, String subject) {
        return new AuditRecord(action, subject, null, null, null, null);
    }

    /** An action Arus took on its own (a schedule, a reload, a process step). */
    public static AuditRecord system(String action, String subject) {
        return new AuditRecord(action, subject, null, null, null, SYSTEM);
    }

    /** An action attributed to a named actor who is not (yet) signed in, e.g. a failed login. */
    public static AuditRecord by(String actor, String action, String subject) {
        return new AuditRecord(action, subject, null, null, null, actor);
    }

    public AuditRecord withBefore(Object value) {
        return new AuditRecord(action, subject, value, after, detail, actor);
    }

    public AuditRecord withAfter(Object value) {
        return new AuditRecord(action, subject, before, value, detail, actor);
    }

    public AuditRecord withDetail(String value) {
        return new AuditRecord(action, subject, before, after, value, actor);
    }

    /** Who acts on this thread: the signed-in user, a {@code system:} job, or {@link #SYSTEM} for nobody. */
    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        return signedIn ? auth.getName() : SYSTEM;
    }
}
