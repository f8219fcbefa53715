package id.arus.shared;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Runs work that Arus does on its own (a schedule, a monitor, a process step) as a named system actor,
 * so the same method-secured services staff call authorise it and the audit trail names the job, e.g.
 * {@code system:failover}. The identity carries every staff role and never CUSTOMER: it acts for the
 * operator, not for a subscriber. Nothing outside the application can obtain it.
 *
 * <p>Inside a browser request Vaadin's context strategy answers with the signed-in user's context from the
 * session, whatever the thread was given, so the identity is also kept in a thread-local of its own that
 * the strategy installed by {@link #honouredBy} consults first.
 */
public final class SystemIdentity {

    public static final String PREFIX = "system:";

    private static final List<SimpleGrantedAuthority> AUTHORITIES = Arrays.stream(Role.values())
            .filter(Role::isStaff).map(r -> new SimpleGrantedAuthority(r.authority())).toList();

    private SystemIdentity() {
    }

    private static final ThreadLocal<SecurityContext> ACTING = new ThreadLocal<>();

    /** Runs {@code work} as {@code system:<job>} and restores whatever identity the thread had before. */
    public static <T> T call(String job, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext previousActing = ACTING.get();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(PREFIX + job, null, AUTHORITIES));
        ACTING.set(context);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
            if (previousActing == null) {
                ACTING.remove();
            } else {
                ACTING.set(previousActing);
            }
        }
    }

    /**
     * A context strategy that answers with the system identity while {@link #call} runs on the thread and
     * asks {@code delegate} otherwise. The security configuration wraps the application's strategy with it.
     */
    public static SecurityContextHolderStrategy honouredBy(SecurityContextHolderStrategy delegate) {
        return new SecurityContextHolderStrategy() {
            @Override
            public void clearContext() {
                delegate.clearContext();
            }

            @Override
            public SecurityContext getContext() {
                SecurityContext acting = ACTING.get();
                return acting != null ? acting : delegate.getContext();
            }

            @Override
            public Supplier<SecurityContext> getDeferredContext() {
                SecurityContext acting = ACTING.get();
                return acting != null ? () -> acting : delegate.getDeferredContext();
            }

            @Override
            public void setContext(SecurityContext context) {
                delegate.setContext(context);
            }

            @Override
            public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
                delegate.setDeferredContext(deferredContext);
            }

            @Override
            public SecurityContext createEmptyContext() {
                return delegate.createEmptyContext();
            }
        };
    }

    public static void run(String job, Runnable work) {
        call(job, () -> {
            work.run();
            return null;
        });
    }
}
