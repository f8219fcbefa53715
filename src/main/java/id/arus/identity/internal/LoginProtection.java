package id.arus.identity.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the form login against password guessing, in two independent ways:
 * <ul>
 * <li>per client address, at most {@code rate-limit-attempts} login attempts in any sliding window of
 * {@code rate-limit-window} (stops one machine trying many usernames);</li>
 * <li>per username, {@code max-failures} failed attempts in a row lock it for {@code lockout}
 * (stops many machines trying one account).</li>
 * </ul>
 * Unknown usernames are locked exactly like real ones (in memory, as they have no row), so neither
 * the "locked" answer nor its absence tells an attacker whether an account exists. Every login,
 * failure, lockout and logout is audited with the client address.
 */
@Component
public class LoginProtection implements AuthenticationFailureHandler, LogoutHandler {

    static final String LOGIN_PATH = "/login";
    /** Unknown usernames remembered at most; beyond it expired entries are dropped first. */
    private static final int MAX_UNKNOWN = 10_000;

    private final UserStore users;
    private final AuditTrail audit;
    private final int maxFailures;
    private final Duration lockout;
    private final Duration rateWindow;
    private final Clock clock = Clock.systemUTC();
    private final SlidingWindowLimiter addressLimiter;
    private final Map<String, UnknownUser> unknown = new ConcurrentHashMap<>();
    /** When each limited address was last audited, so a flood writes one entry per window, not one per request. */
    private final Map<String, Instant> limitReported = new ConcurrentHashMap<>();

    private record UnknownUser(int failures, Instant lockedUntil) {
    }

    LoginProtection(UserStore users, AuditTrail audit,
                    @Value("${arus.identity.login.max-failures:5}") int maxFailures,
                    @Value("${arus.identity.login.lockout:15m}") Duration lockout,
                    @Value("${arus.identity.login.rate-limit-attempts:20}") int rateLimitAttempts,
                    @Value("${arus.identity.login.rate-limit-window:5m}") Duration rateWindow) {
        this.users = users;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.rateWindow = rateWindow;
        this.addressLimiter = new SlidingWindowLimiter(rateLimitAttempts, rateWindow, clock);
    }

    public int maxFailures() {
        return maxFailures;
    }

    /** Whether a login for this name would be refused as locked, without checking any password. */
    public boolean isLocked(String username) {
        String name = normalise(username);
        Instant now = clock.instant();
        Instant until = users.findByUsername(name).map(UserStore.StoredUser::lockedUntil)
                .orElseGet(() -> {
                    UnknownUser u = unknown.get(name);
                    return u == null ? null : u.lockedUntil();
                });
        return until != null && until.isAfter(now);
    }

    /** Forgets the in-memory state (address windows, unknown names); for tests. */
    public void resetMemory() {
        addressLimiter.reset();
        unknown.clear();
        limitReported.clear();
    }

    /** The filter in front of the form login: refuses over-limit addresses and locked names before any password check. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"POST".equals(request.getMethod())
                        || !(request.getContextPath() + LOGIN_PATH).equals(request.getRequestURI());
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String address = request.getRemoteAddr();
                String username = normalise(request.getParameter("username"));
                if (!addressLimiter.tryAcquire(address)) {
                    reportLimited(address, username);
                    response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?error&limited");
                    return;
                }
                if (isLocked(username)) {
                    audit.record(AuditRecord.by(actorName(username), "identity.login.refused-locked", "user:" + username));
                    response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?error&locked");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String username = normalise(request.getParameter("username"));
        boolean locked = exception instanceof LockedException || recordFailure(username, exception);
        response.sendRedirect(request.getContextPath() + LOGIN_PATH + (locked ? "?error&locked" : "?error"));
    }

    /** Counts the failure; true when it locked the name. */
    boolean recordFailure(String username, AuthenticationException exception) {
        var known = users.findByUsername(username);
        String reason = known.isEmpty() ? "unknown user"
                : exception instanceof DisabledException ? "deactivated" : "wrong password";
        audit.record(AuditRecord.by(actorName(username), "identity.login.failed", "user:" + username).withDetail(reason));
        Instant lockedUntil;
        if (known.isPresent()) {
            lockedUntil = users.recordFailedLogin(known.get().id(), maxFailures, lockout).orElse(null);
        } else {
            lockedUntil = recordUnknownFailure(username);
        }
        if (lockedUntil != null) {
            // the detail is the same for known and unknown names: the trail is read by admins, but stays uniform anyway
            audit.record(AuditRecord.by(actorName(username), "identity.login.locked", "user:" + username)
                    .withDetail("locked until " + lockedUntil + " after " + maxFailures + " failed logins"));
        }
        return lockedUntil != null;
    }

    private Instant recordUnknownFailure(String username) {
        Instant now = clock.instant();
        if (unknown.size() >= MAX_UNKNOWN) {
            unknown.values().removeIf(u -> u.lockedUntil() == null || !u.lockedUntil().isAfter(now));
            addressLimiter.evictIdle();
        }
        UnknownUser after = unknown.compute(username, (name, u) -> {
            int failures = (u == null || (u.lockedUntil() != null && !u.lockedUntil().isAfter(now))) ? 1 : u.failures() + 1;
            return failures >= maxFailures ? new UnknownUser(0, now.plus(lockout)) : new UnknownUser(failures, null);
        });
        return after.failures() == 0 ? after.lockedUntil() : null;
    }

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        users.findByUsername(username).ifPresent(u -> users.clearFailedLogins(u.id()));
        audit.record(AuditRecord.by(username, "identity.login", "user:" + username));
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            audit.record(AuditRecord.by(authentication.getName(), "identity.logout", "user:" + authentication.getName()));
        }
    }

    private void reportLimited(String address, String username) {
        Instant now = clock.instant();
        Instant last = limitReported.get(address);
        if (last == null || last.isBefore(now.minus(rateWindow))) {
            limitReported.put(address, now);
            audit.record(AuditRecord.by(actorName(username), "identity.login.rate-limited", "address:" + address)
                    .withDetail("too many login attempts from this address"));
        }
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Whatever was typed as the username, kept short enough for the trail. */
    private static String actorName(String username) {
        String name = username.isEmpty() ? "anonymous" : username;
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
