package id.arus.shared;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that Arus does on its own (a schedule, a monitor, a process step) as a named system actor,
 * so the same method-secured services staff call authorise it and the audit trail names the job, e.g.
 * {@code system:failover}. The identity carries every staff role and never CUSTOMER: it acts for the
 * operator, not for a subscriber. Nothing outside the application can obtain it.
 */
public final class SystemIdentity {

    public static final String PREFIX = "system:";

    private static final List<SimpleGrantedAuthority> AUTHORITIES = Arrays.stream(Role.values())
            .filter(Role::isStaff).map(r -> new SimpleGrantedAuthority(r.authority())).toList();

    private SystemIdentity() {
    }

    /** Runs {@code work} as {@code system:<job>} and restores whatever identity the thread had before. */
    public static <T> T call(String job, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(PREFIX + job, null, AUTHORITIES));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String job, Runnable work) {
        call(job, () -> {
            work.run();
            return null;
        });
    }
}
