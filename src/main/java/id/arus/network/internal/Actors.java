package id.arus.network.internal;

import id.arus.audit.AuditRecord;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting now, for "assigned by" columns: the signed-in user, a {@code system:} job, or {@code system}. */
final class Actors {

    private Actors() {
    }

    static String current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        return signedIn ? auth.getName() : AuditRecord.SYSTEM;
    }
}
